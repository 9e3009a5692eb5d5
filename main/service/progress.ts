/**
 * A tiny event emitter for push notifications (`onDid…`), with no dependency on Node's.
 */
export class Emitter<T> {
  private readonly listeners = new Set<(value: T) => void>();

  /** Subscribes; returns the unsubscribe function. */
  readonly subscribe = (listener: (value: T) => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  fire(value: T): void {
    for (const listener of [...this.listeners]) {
      try {
        listener(value);
      } catch (error) {
        // One broken subscriber (a closed window) must not stop the others.
        console.error(error);
      }
    }
  }

  dispose(): void {
    this.listeners.clear();
  }
}
