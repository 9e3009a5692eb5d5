/**
 * Keeps keyboard focus inside a modal dialog while it is open, as aria-modal promises: Tab from its
 * last control wraps to its first and Shift+Tab the other way. When the dialog closes, focus goes
 * back to whatever had it before (the button that opened it), so keyboard users keep their place.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';

const FOCUSABLE = [
  'a[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  '[tabindex]:not([tabindex="-1"])',
].join(', ');

/** The controls of `root` that Tab can reach, in document order. */
export function focusableIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (element) => !element.closest('[hidden], [inert]') && element.getClientRects().length > 0,
  );
}

/** Traps Tab inside the element while the calling component is mounted; focuses its first control. */
export function useFocusTrap(ref: RefObject<HTMLElement>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    focusableIn(root)[0]?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Tab') return;
      const controls = focusableIn(root);
      const first = controls[0];
      const last = controls[controls.length - 1];
      if (!first || !last) return;
      const active = document.activeElement;
      const outside = !(active instanceof Node) || !root.contains(active);
      if (event.shiftKey && (active === first || outside)) {
        last.focus();
        event.preventDefault();
      } else if (!event.shiftKey && (active === last || outside)) {
        first.focus();
        event.preventDefault();
      }
    };
    root.addEventListener('keydown', onKey);
    return () => {
      root.removeEventListener('keydown', onKey);
      if (before?.isConnected) before.focus();
    };
  }, [ref]);
}
