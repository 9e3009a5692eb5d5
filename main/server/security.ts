/**
 * The checks and headers that keep the local HTTP server private to the page it serves: a
 * per-run token, a Host allow-list against DNS rebinding, an Origin check against cross-site
 * requests, and a Content-Security-Policy that lets the page load nothing but itself.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { ServerResponse } from 'node:http';

/** The policy of every page the app serves (HTTP here; the Electron shell sends the same). */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');

/** Headers sent on every response, static or API. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Sets {@link SECURITY_HEADERS} on a response that has not started yet. */
export function applySecurityHeaders(response: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) response.setHeader(name, value);
}

/** A fresh token for one run of the server: 24 random bytes, base64url. */
export function createToken(): string {
  return randomBytes(24).toString('base64url');
}

/**
 * Compares a presented token with the expected one in constant time. Both sides are hashed first
 * so that neither the comparison nor an early length check reveals how long the token is.
 */
export function tokensMatch(presented: string | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  const a = createHash('sha256').update(presented).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/**
 * True when the Host header names this server itself. A page on a hostile domain that rebinds its
 * name to 127.0.0.1 still sends its own name as Host, so refusing other names defeats DNS rebinding.
 */
export function isAllowedHost(host: string | undefined, port: number): boolean {
  if (typeof host !== 'string') return false;
  const value = host.toLowerCase();
  return value === `127.0.0.1:${port}` || value === `localhost:${port}`;
}

/** True when a request carries no Origin (same-origin GETs, command-line clients) or this server's own. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  if (origin === undefined) return true;
  const value = origin.toLowerCase();
  return value === `http://127.0.0.1:${port}` || value === `http://localhost:${port}`;
}

/** True unless the browser says the request comes from another site (Fetch Metadata). */
export function isSameSiteFetch(secFetchSite: string | undefined): boolean {
  return secFetchSite === undefined || secFetchSite === 'same-origin' || secFetchSite === 'none';
}
