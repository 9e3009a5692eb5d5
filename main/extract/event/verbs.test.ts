import { describe, expect, it } from 'vitest';
import { findVerbGroups, tokenize } from './clause';
import { participleForm, presentForm, readVerb } from './verbs';

function groups(text: string) {
  return findVerbGroups(tokenize(text)).map((group) => ({
    base: group.base,
    particle: group.particle,
    tense: group.tense,
    modality: group.modality,
    passive: group.passive,
  }));
}

describe('verb morphology', () => {
  it('reads irregular, doubled and -e past forms back to their base', () => {
    expect(readVerb('met')).toContainEqual({ base: 'meet', form: 'past' });
    expect(readVerb('wrapped')).toContainEqual({ base: 'wrap', form: 'past' });
    expect(readVerb('announced')).toContainEqual({ base: 'announce', form: 'past' });
    expect(readVerb('carries')).toContainEqual({ base: 'carry', form: 'present3' });
    // Unknown verbs are guessed from -ed; unknown other words are not verbs.
    expect(readVerb('denuclearized')).toContainEqual({ base: 'denuclearize', form: 'past' });
    expect(readVerb('summit')).toEqual([]);
  });

  it('writes headline forms', () => {
    expect(presentForm('carry', false)).toBe('carries');
    expect(presentForm('meet', true)).toBe('meet');
    expect(presentForm('wrap', false)).toBe('wraps');
    expect(participleForm('hold')).toBe('held');
    expect(participleForm('call')).toBe('called');
  });
});

describe('findVerbGroups', () => {
  it('reads tense, modality and voice from auxiliaries and catenatives', () => {
    expect(groups('Officials will meet at the border.')).toEqual([
      { base: 'meet', particle: null, tense: 'future', modality: 'scheduled', passive: false },
    ]);
    expect(groups('The summit could take place in Hanoi.')).toEqual([
      { base: 'take', particle: 'place', tense: 'future', modality: 'possible', passive: false },
    ]);
    expect(groups('The drills were called off.')).toEqual([
      { base: 'call', particle: 'off', tense: 'past', modality: 'none', passive: true },
    ]);
    expect(groups('Pompeo is expected to visit Seoul.')).toEqual([
      { base: 'visit', particle: null, tense: 'future', modality: 'scheduled', passive: false },
    ]);
    expect(groups('Kim is to travel to Beijing.')).toEqual([
      { base: 'travel', particle: null, tense: 'future', modality: 'scheduled', passive: false },
    ]);
  });

  it('does not read nouns after determiners as verbs', () => {
    expect(groups('The talks and the visit ended.')).toEqual([
      { base: 'end', particle: null, tense: 'past', modality: 'none', passive: false },
    ]);
  });
});
