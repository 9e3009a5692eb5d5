import { describe, expect, it } from 'vitest';
import { findEntities, isLocative } from './entities';

function found(text: string): string[] {
  return findEntities(text).map((entity) => `${entity.name}/${entity.kind}`);
}

describe('findEntities', () => {
  it('normalizes aliases to one canonical name, longest alias first', () => {
    expect(found('Kim Jong-un met Kim Yo Jong; Kim left.')).toEqual([
      'Kim Jong Un/person',
      'Kim Yo Jong/person',
      'Kim Jong Un/person',
    ]);
    expect(found('Pompeo and Mike Pompeo')).toEqual(['Mike Pompeo/person', 'Mike Pompeo/person']);
    expect(found('the U.S. and the United States and US troops')).toEqual([
      'United States/place',
      'United States/place',
      'United States/place',
    ]);
  });

  it('finds unknown people after a title and places after "in"', () => {
    expect(found('Foreign Minister Wang Yi spoke in Dandong and in Kaesong on Monday.')).toEqual([
      'Wang Yi/person',
      'Dandong/place',
      'Kaesong/place',
    ]);
  });

  it('does not take months, weekdays or capitalized function words for places', () => {
    expect(found('They met in September and in The end at Monday.')).toEqual([]);
  });

  it('finds organizations by gazetteer and by suffix', () => {
    expect(
      found('KCNA quoted the Ministry of Foreign Affairs; the Pentagon and the State Department agreed.'),
    ).toEqual([
      'KCNA/organization',
      'Ministry of Foreign Affairs/organization',
      'Pentagon/organization',
      'State Department/organization',
    ]);
  });

  it('marks a capital with the government it stands for', () => {
    expect(findEntities('Pyongyang said')[0]).toMatchObject({ name: 'Pyongyang', government: 'North Korea' });
  });
});

describe('isLocative', () => {
  it('recognizes places introduced by a preposition or a verb of movement', () => {
    const text = 'a trip to Pyongyang and sanctions on North Korea; he visited Seoul';
    expect(isLocative(text, text.indexOf('Pyongyang'))).toBe(true);
    expect(isLocative(text, text.indexOf('North Korea'))).toBe(false);
    expect(isLocative(text, text.indexOf('Seoul'))).toBe(true);
  });
});
