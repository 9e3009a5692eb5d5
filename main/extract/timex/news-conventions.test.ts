import { describe, expect, it } from 'vitest';
import { onlyTimex, tagShort } from './test-helpers';

const DCT = '2018-07-04'; // a Wednesday

const tag = (text: string, dct = DCT) => tagShort(text, dct);
const only = (text: string, dct = DCT) => onlyTimex(text, dct);

describe('tense of the governing verb', () => {
  it('does not read a name ending in -ed as a past verb', () => {
    expect(only('The delegation would be flying to the United States Thursday.').value).toBe('2018-07-05');
  });

  it('reads "as early as" and "planned to" as pointing ahead', () => {
    expect(only('The envoy could arrive as early as Friday.').value).toBe('2018-07-06');
    expect(only('The team planned to leave the capital on Thursday.').value).toBe('2018-07-05');
  });

  it('reads a plan in the past perfect as past', () => {
    expect(only('The tender offer had been due to expire Monday.').value).toBe('2018-07-02');
  });

  it('keeps "could be" + participle in the past', () => {
    expect(only('The mayor could not be located Tuesday in his office.').value).toBe('2018-07-03');
  });

  it('gives a weekday before "on" a span without the signal, and joins it to a following date', () => {
    expect(only('The paper said in an editorial on Saturday, July 7: the court erred.')).toEqual({
      text: 'Saturday, July 7',
      type: 'DATE',
      value: '2018-07-07',
    });
  });
});

describe('things that look like durations', () => {
  it('leaves ages, fractions and ordinals untagged', () => {
    expect(tag('Mr. Okafor, 61 years old, will retire.')).toEqual([]);
    expect(tag('The island buys about three-quarters of its grain abroad.')).toEqual([]);
    expect(tag('A second group of directors objected.')).toEqual([]);
  });

  it('still tags a real duration next to them', () => {
    expect(only('The talks lasted two years.').value).toBe('P2Y');
    expect(tag('The first three quarters of 2017 were weak.')[0]?.text).toBe('The first three quarters');
  });
});

describe('the season "fall"', () => {
  it('ignores the verb and "the fall of" something', () => {
    expect(tag('Shares could fall further if rates rise.')).toEqual([]);
    expect(tag('Historians still debate the fall of the republic.')).toEqual([]);
  });

  it('tags the season after a time word', () => {
    expect(only('The plant closed last fall.').value).toBe('2017-FA');
    expect(only('Ticket sales slowed in the fall of 2016.').value).toBe('2016-FA');
  });
});

describe('fiscal and reported periods', () => {
  it('reads "the year ended <date>" as a twelve-month duration', () => {
    expect(tag('Revenue was $80 million in the year ended March 31.', '1989-11-01')[0]).toMatchObject({
      text: 'the year',
      type: 'DURATION',
      value: 'P1Y',
    });
  });

  it('reads a bare "the year" as the year the story is in', () => {
    expect(only('For the year, shipments were flat.', '1989-11-01').value).toBe('1989');
  });

  it('resolves "the latest period" and its year-ago comparison to the reported quarter', () => {
    const found = tag(
      'Profit in the latest period rose 8% from the corresponding period last year.',
      '1989-11-01',
    );
    expect(found.map((t) => t.value)).toEqual(['1989-Q3', '1988-Q3']);
  });

  it('shifts the quarter under discussion for "the year-ago quarter"', () => {
    const found = tag('Second-quarter sales fell, against a gain in the year-ago quarter.', '1989-11-01');
    expect(found.map((t) => t.value)).toEqual(['1989-Q2', '1988-Q2']);
  });
});

describe('vague references', () => {
  it('tags "soon" about what is still to come', () => {
    expect(only('The firm will soon cut its workforce.')).toMatchObject({
      text: 'soon',
      value: 'FUTURE_REF',
    });
    expect(only('Lenders expect the company to soon repay its debt.').value).toBe('FUTURE_REF');
  });

  it('leaves "soon" alone in a past sequence or as a conjunction', () => {
    expect(tag('The driver was soon released.')).toEqual([]);
    expect(tag('Riots broke out soon after the verdict.')).toEqual([]);
  });

  it('keeps a preposition out of the span and an approximation in it', () => {
    expect(only('Investors worry about the future of the bank.').text).toBe('the future');
    expect(only('The hearing lasted about five hours.').text).toBe('about five hours');
  });
});

describe('written-out years, idioms and numbers that are not years', () => {
  it('joins a month or season to a year in words', () => {
    expect(only('It began in the winter of nineteen ninety-four.').value).toBe('1994-WI');
    expect(only('He was hired in January nineteen eighty-seven.').value).toBe('1987-01');
  });

  it('ignores "high noon" and index levels', () => {
    expect(tag('For the voters, high noon has come.')).toEqual([]);
    expect(tag('The index closed at 2082.1 points.')).toEqual([]);
  });
});

describe('clock times', () => {
  it('takes the day written after a bracketed GMT conversion', () => {
    const found = tag('The blast came at 10:35 a.m. (0735 GMT) Friday.', '1998-08-08');
    expect(found[0]).toEqual({ text: '10:35 a.m.', type: 'TIME', value: '1998-08-07T10:35' });
  });
});

describe('modals and the tense of a bare date', () => {
  const SATURDAY = '2019-04-13';

  it('reads a modal or "possibly" as pointing ahead even after a past reporting verb', () => {
    expect(only('The vote might be held in September, aides said.', SATURDAY).value).toBe('2019-09');
    expect(only('The vote could be held in September, aides said.', SATURDAY).value).toBe('2019-09');
    expect(
      tag('A deal could come soon, diplomats said, possibly at a meeting in Geneva in October.', SATURDAY).at(
        -1,
      )?.value,
    ).toBe('2019-10');
    expect(only('The minister may travel to Lagos in December.', SATURDAY).value).toBe('2019-12');
  });

  it('keeps negated and perfect modals in the past', () => {
    expect(only('Neither of the pilots could be reached Thursday.', SATURDAY).value).toBe('2019-04-11');
    expect(only('The treaty could have been signed in November.', SATURDAY).value).toBe('2018-11');
  });

  it('resolves a weekday after a past verb to the one before the DCT', () => {
    expect(only('The envoy flew to Manila on Sunday.', SATURDAY).value).toBe('2019-04-07');
    expect(only('The envoy will fly to Manila on Sunday.', SATURDAY).value).toBe('2019-04-14');
  });
});

describe('dates the narrative moves to', () => {
  it('moves "the following month" from the month last named', () => {
    expect(tag('Bids dried up in March. The following month, the board resigned.', '1999-11-02')).toEqual([
      { text: 'March', type: 'DATE', value: '1999-03' },
      { text: 'The following month', type: 'DATE', value: '1999-04' },
    ]);
  });

  it('moves "the following year" from a bare year', () => {
    expect(tag('She joined in 1994 and the following year became chair.')[1]?.value).toBe('1995');
  });
});

describe('weeks, holidays and written dates next to a part of the day', () => {
  it('dates "the week of" a day by its ISO week', () => {
    expect(only('Hearings resume the week of March 6, 2000.').value).toBe('2000-W10');
  });

  it('reads "last" and "next" before a holiday', () => {
    expect(only('The store opened last Christmas.').value).toBe('2017-12-25');
    expect(only('The store opens next Easter.').value).toBe('2019-04-21');
  });

  it('prefers the written date over "the night of" a weekday', () => {
    expect(only('He was shot on the night of Friday, Oct. 23, at home.', '1998-11-21')).toEqual({
      text: 'Friday, Oct. 23',
      type: 'DATE',
      value: '1998-10-23',
    });
  });
});
