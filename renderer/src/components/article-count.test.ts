import { describe, expect, it } from 'vitest';
import { articleCountLabel } from './article-count';

describe('the library count', () => {
  it('is the number listed while the list is under its limit', () => {
    expect(articleCountLabel(42, 500, 42)).toBe('42');
    expect(articleCountLabel(0, 500, null)).toBe('0');
  });

  it('gives the whole library when the list stops at its limit and the total is known', () => {
    expect(articleCountLabel(500, 500, 1234)).toBe('500 of 1234');
  });

  it('says "first" when the list stops at its limit and the total is not known', () => {
    expect(articleCountLabel(500, 500, null)).toBe('first 500');
  });
});
