import { describe, expect, it } from 'vitest';
import {
  CONTENT_SECURITY_POLICY,
  createToken,
  isAllowedHost,
  isAllowedOrigin,
  isSameSiteFetch,
  tokensMatch,
} from './security';

describe('server security checks', () => {
  it('makes a different 32-character base64url token each run', () => {
    const first = createToken();
    expect(first).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(createToken()).not.toBe(first);
  });

  it('accepts only the exact token', () => {
    const token = createToken();
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(`${token}x`, token)).toBe(false);
    expect(tokensMatch(token.slice(1), token)).toBe(false);
    expect(tokensMatch('', token)).toBe(false);
    expect(tokensMatch(undefined, token)).toBe(false);
  });

  it('refuses Host names other than 127.0.0.1 and localhost on our port (DNS rebinding)', () => {
    expect(isAllowedHost('127.0.0.1:4000', 4000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:4000', 4000)).toBe(true);
    expect(isAllowedHost('attacker.example:4000', 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1:4001', 4000)).toBe(false);
    expect(isAllowedHost('127.0.0.1', 4000)).toBe(false);
    expect(isAllowedHost(undefined, 4000)).toBe(false);
  });

  it('refuses cross-origin and cross-site requests', () => {
    expect(isAllowedOrigin(undefined, 4000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:4000', 4000)).toBe(true);
    expect(isAllowedOrigin('null', 4000)).toBe(false);
    expect(isAllowedOrigin('http://evil.example', 4000)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:4000', 4000)).toBe(false);
    expect(isSameSiteFetch('same-origin')).toBe(true);
    expect(isSameSiteFetch('cross-site')).toBe(false);
    expect(isSameSiteFetch('same-site')).toBe(false);
  });

  it('has a policy with no eval, no inline script and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'(;|$)/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:/);
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });
});
