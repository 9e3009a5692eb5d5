/**
 * Errors that cross the API boundary: a code the transports map to a status, and a one-line
 * message fit for a user. Nothing else (no stack, no SQL) leaves the service.
 */
export type ApiErrorCode = 'bad-request' | 'not-found' | 'internal';

export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
