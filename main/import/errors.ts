/**
 * Why a file could not be imported, in words a user can act on.
 */
export class ImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportError';
  }
}
