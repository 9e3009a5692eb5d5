import { describe, expect, it } from 'vitest';
import { tenseAround } from './tense';
import { onlyTimex, tagShort } from './test-helpers';

const AUTUMN = '2018-10-29'; // a Monday, late in the year
const WEDNESDAY = '2018-07-04';

const valueOf = (text: string, dct: string) => onlyTimex(text, dct).value;

/** The tense read around the first occurrence of `word` in `text`. */
function tenseAt(text: string, word: string): string {
  const at = text.indexOf(word);
  return tenseAround(text, at, at + word.length);
}

describe('sentence boundaries around abbreviations', () => {
  it('does not end a sentence at "vs." or at a state abbreviation followed by lower case', () => {
    const text =
      'In March, a week after the Smith vs. Jones ruling, a fire in Tulsa, Okla., destroyed a depot.';
    expect(tenseAt(text, 'March')).toBe('past');
  });

  it('does not end a sentence at an initial', () => {
    const text = 'The board said Ms. Ortiz will succeed Anna K. Lind on Friday as chair.';
    expect(tenseAt(text, 'Friday')).toBe('future');
  });

  it('still ends a sentence at a full stop before a capitalized word', () => {
    const text = 'The plant will reopen soon. On Friday the union voted.';
    expect(tenseAt(text, 'Friday')).toBe('past');
  });

  it('reads "next to" as a place, not the coming week', () => {
    expect(valueOf('A bomb exploded next to the embassy in the capital Friday.', WEDNESDAY)).toBe(
      '2018-06-29',
    );
  });
});

describe('the year of a month written without one', () => {
  it('takes the nearest month after a deadline word even when the verb is past', () => {
    expect(valueOf('The lenders have extended the credit line through January.', AUTUMN)).toBe('2019-01');
    expect(valueOf('The firm also named a new treasurer, effective Feb. 1.', AUTUMN)).toBe('2019-02-01');
  });

  it('still lets a past verb reach back a year without a deadline word', () => {
    expect(valueOf('The firm named a new treasurer in February.', AUTUMN)).toBe('2018-02');
  });

  it('reads an agreement to act as pointing ahead', () => {
    expect(valueOf('The bank announced an agreement to buy the regional lender in January.', AUTUMN)).toBe(
      '2019-01',
    );
  });

  it('does not read an adjective in un-...-ed as the past verb of the clause', () => {
    expect(valueOf('The bonus would be paid on a yet undisclosed date in January.', AUTUMN)).toBe('2019-01');
  });
});

describe('bare weekdays', () => {
  it('puts a possessive weekday in the past even inside a plan', () => {
    expect(valueOf("The tenants said they would try to overturn Monday's eviction order.", WEDNESDAY)).toBe(
      '2018-07-02',
    );
  });

  it('reads a fronted "Until" weekday by the verb that follows', () => {
    expect(valueOf('Until Tuesday, the police had not named a suspect.', '2018-07-06')).toBe('2018-07-03');
  });
});

describe('the period an earnings story reports on', () => {
  const DCT = '2018-11-01';

  it('keeps "the latest quarter" on the quarter the story leads with, not on a forecast', () => {
    const found = tagShort(
      'Acme posted higher third-quarter profit. It expects fourth-quarter sales to slow. ' +
        'In the latest quarter, revenue rose 8%.',
      DCT,
    );
    expect(found.map((t) => t.value)).toEqual(['2018-Q3', '2018-Q4', '2018-Q3']);
  });

  it('compares "the year-earlier period" with the reported quarter after a side mention of another', () => {
    const found = tagShort(
      'Acme said third-quarter profit rose. Second-quarter results had been hurt by a strike. ' +
        'Profit in the year-earlier period was $2 million.',
      DCT,
    );
    expect(found.map((t) => t.value)).toEqual(['2018-Q3', '2018-Q2', '2017-Q3']);
  });

  it('resolves "the quarter" to the reported quarter once the story has moved to a month', () => {
    const found = tagShort(
      'Acme reported a loss for the fiscal first quarter. A new product line shipped in April. ' +
        'Margins in the quarter were thin.',
      DCT,
    );
    expect(found.map((t) => t.value)).toEqual(['2018-Q1', '2018-04', '2018-Q1']);
  });
});

describe('typographic apostrophes', () => {
  it('tags possessive dates written with a curly apostrophe as with a straight one', () => {
    const straight = tagShort("Officials discussed Monday's meeting and last week's summit.", '2018-07-07');
    const curly = tagShort('Officials discussed Monday’s meeting and last week’s summit.', '2018-07-07');
    expect(curly).toEqual(straight);
    expect(curly.map((timex) => timex.value)).toEqual(['2018-07-02', '2018-W26']);
  });
});
