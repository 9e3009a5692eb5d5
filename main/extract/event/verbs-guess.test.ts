/**
 * Verbs the lexicon does not list are read from their form: the base of an -ed word (with the
 * silent e and the doubled consonant it lost or gained), and a bare word after a modal.
 */
import { describe, expect, it } from 'vitest';
import { findVerbGroups, tokenize } from './clause';
import { pastForm, readVerb } from './verbs';

function baseOf(word: string): string | undefined {
  return readVerb(word)[0]?.base;
}

describe('guessing the base of an unknown -ed word', () => {
  it('gives back a silent e', () => {
    for (const [word, base] of [
      ['scored', 'score'],
      ['estimated', 'estimate'],
      ['caused', 'cause'],
      ['declared', 'declare'],
      ['handled', 'handle'],
      ['rescued', 'rescue'],
      ['invoked', 'invoke'],
    ])
      expect(baseOf(word as string), word).toBe(base);
  });

  it('keeps stems that never had one, and undoubles a doubled consonant', () => {
    for (const [word, base] of [
      ['visited', 'visit'],
      ['opened', 'open'],
      ['entered', 'enter'],
      ['recalled', 'recall'],
      ['travelled', 'travel'],
      ['sacked', 'sack'],
      ['stepped', 'step'],
      ['supplied', 'supply'],
    ])
      expect(baseOf(word as string), word).toBe(base);
  });

  it('writes the past of a verb for reported words', () => {
    expect(pastForm('rescue')).toBe('rescued');
    expect(pastForm('burst')).toBe('burst');
  });
});

describe('verb groups in wire copy', () => {
  it('reads an unknown word after a modal as a verb', () => {
    const groups = findVerbGroups(tokenize('The union would boycott the vote.'));
    expect(groups.map((group) => [group.base, group.tense])).toEqual([['boycott', 'future']]);
  });

  it('reads an adverb in -ly between auxiliary and participle as part of a passive', () => {
    const [group] = findVerbGroups(tokenize('A nurse was critically injured.'));
    expect(group?.passive).toBe(true);
    expect(group?.base).toBe('injure');
  });

  it('does not read the head noun of a subject as a verb', () => {
    const bases = (text: string) => findVerbGroups(tokenize(text)).map((group) => group.base);
    expect(bases('The terrorist blasts killed 257 people.')).toEqual(['kill']);
    expect(bases('The Kuwaiti request gives the U.S. a legal basis.')).not.toContain('request');
    expect(bases("The FBI put him on the bureau's list.")).toEqual(['put']);
  });

  it('keeps a hyphen inside a word and turns a spaced one into a dash', () => {
    const texts = tokenize('A C-17 plane -- the last one _ landed.').map((token) => token.text);
    expect(texts).toContain('17');
    expect(texts.filter((text) => text === '—')).toHaveLength(3);
    expect(texts).not.toContain('');
  });
});
