import { describe, expect, it } from 'vitest';
import { tagTimexes } from './index';

const DCT = '2018-07-07'; // a Saturday

/** Tags `text` and returns the one timex whose text is `span`. */
function find(text: string, span: string, dct = DCT) {
  const found = tagTimexes(text, dct).find((t) => t.text === span);
  if (found === undefined) {
    const got = tagTimexes(text, dct).map((t) => `"${t.text}"`);
    throw new Error(`no timex "${span}" in "${text}"; got ${got.join(', ')}`);
  }
  return found;
}

function value(text: string, span: string, dct = DCT): string {
  return find(text, span, dct).value;
}

describe('absolute dates', () => {
  it('reads month-day-year in every common writing', () => {
    expect(value('It happened on July 7, 2018.', 'July 7, 2018')).toBe('2018-07-07');
    expect(value('It happened on 7 July 2018.', '7 July 2018')).toBe('2018-07-07');
    expect(value('It happened on 07/04/2018.', '07/04/2018')).toBe('2018-07-04');
    expect(value('It happened on 2018-07-07.', '2018-07-07')).toBe('2018-07-07');
    expect(value('Signed on Sept. 30, 1989, in Paris.', 'Sept. 30, 1989')).toBe('1989-09-30');
  });

  it('reads tokenized text with spaces before punctuation', () => {
    expect(value('He left on March 06 , 2008 .', 'March 06 , 2008')).toBe('2008-03-06');
  });

  it('gives a yearless date the DCT year, or the previous one when the tense says so', () => {
    expect(value('They met Jul. 2 in Rome.', 'Jul. 2')).toBe('2018-07-02');
    expect(value('The deal was signed Dec. 12.', 'Dec. 12', '2018-01-10')).toBe('2017-12-12');
    expect(value('The vote will be held Feb. 3.', 'Feb. 3', '2018-12-20')).toBe('2019-02-03');
  });

  it('tags months, years, decades and centuries', () => {
    expect(value('Sales fell in August 2017.', 'August 2017')).toBe('2017-08');
    expect(value('The plant opened in 1988.', '1988')).toBe('1988');
    expect(value('Prices soared in the 1990s.', 'the 1990s')).toBe('199');
    const mid = find('It was built in the mid-1990s.', 'the mid-1990s');
    expect([mid.value, mid.mod]).toEqual(['199', 'MID']);
    expect(value('In nineteen ninety-six it closed.', 'nineteen ninety-six')).toBe('1996');
  });

  it('does not take amounts or the modal "may" for dates', () => {
    expect(tagTimexes('He paid $1990 for 2000 shares.', DCT)).toEqual([]);
    expect(tagTimexes('Officials may decide later.', DCT)).toEqual([]);
  });
});

describe('relative dates', () => {
  it('anchors deictic days and units to the DCT', () => {
    const lastMonth = find('Prices rose last month.', 'last month');
    expect([lastMonth.type, lastMonth.value, lastMonth.anchor]).toEqual(['DATE', '2018-06', DCT]);
    expect(value('He spoke yesterday.', 'yesterday')).toBe('2018-07-06');
    expect(value('He speaks today.', 'today')).toBe('2018-07-07');
    expect(value('Talks resume next week.', 'next week')).toBe('2018-W28');
    expect(value('They met this week.', 'this week')).toBe('2018-W27');
    expect(value('They met last week.', 'last week')).toBe('2018-W26');
    expect(value('Profit fell last year.', 'last year')).toBe('2017');
    expect(value('He left two years ago.', 'two years ago')).toBe('2016');
  });

  it('resolves weekdays by the tense of the governing verb', () => {
    expect(value('Pompeo arrived on Friday.', 'Friday')).toBe('2018-07-06');
    expect(value('Pompeo will meet Kim on Monday.', 'Monday')).toBe('2018-07-09');
    expect(value('The minister said Tuesday that talks failed.', 'Tuesday')).toBe('2018-07-03');
    expect(value('Talks were held last Saturday.', 'last Saturday')).toBe('2018-06-30');
  });

  it('leaves the signal "on" outside the span', () => {
    const t = find('Pompeo arrived on Friday.', 'Friday');
    expect('Pompeo arrived on Friday.'.slice(t.start, t.end)).toBe('Friday');
  });

  it('resolves bare months by tense', () => {
    expect(value('The law passed in March.', 'March')).toBe('2018-03');
    expect(value('Elections will be held in March.', 'March')).toBe('2019-03');
    expect(value('The law passed in December.', 'December', '2018-01-15')).toBe('2017-12');
  });

  it('tags seasons and quarters', () => {
    expect(value('The plant opens this fall.', 'this fall')).toBe('2018-FA');
    expect(value('It closed last summer.', 'last summer')).toBe('2017-SU');
    expect(value('Profit rose in the third quarter.', 'the third quarter', '1989-10-20')).toBe('1989-Q3');
    expect(value('Third-quarter profit rose.', 'Third-quarter', '1989-10-20')).toBe('1989-Q3');
    expect(value('Sales rose in the quarter.', 'the quarter', '1989-10-20')).toBe('1989-Q3');
  });

  it('moves with the narrative: a year earlier than the quarter just named', () => {
    const text = 'Profit rose 5% in the third quarter. A year earlier, it fell.';
    expect(value(text, 'A year earlier', '1989-10-20')).toBe('1988-Q3');
    expect(value('They met on May 3, 2016. The next day they signed.', 'The next day')).toBe('2016-05-04');
  });

  it('tags holidays', () => {
    expect(value('Stores closed on Thanksgiving Day.', 'Thanksgiving Day', '1999-12-01')).toBe('1999-11-25');
  });
});

describe('times and parts of the day', () => {
  it('tags clock times, dated by the day beside them', () => {
    const t = find('The vote ended at 3 p.m. today.', '3 p.m. today');
    expect([t.type, t.value]).toEqual(['TIME', '2018-07-07T15:00']);
    expect(value('Polls closed at 10:30 a.m. EST Friday.', '10:30 a.m. EST Friday')).toBe('2018-07-06T10:30');
    expect(value('The curfew starts at midnight.', 'midnight')).toBe('2018-07-07T24:00');
  });

  it('tags parts of the day', () => {
    expect(value('He resigned this morning.', 'this morning')).toBe('2018-07-07TMO');
    expect(value('The summit opens tonight.', 'tonight')).toBe('2018-07-07TNI');
    expect(value('Shots rang out last night.', 'last night')).toBe('2018-07-06TNI');
    expect(value('They met Friday evening.', 'Friday evening')).toBe('2018-07-06TEV');
  });
});

describe('durations, sets and vague references', () => {
  it('tags durations in words, digits and adjectives', () => {
    const trip = find('He made a two-day trip.', 'two-day');
    expect([trip.type, trip.value]).toEqual(['DURATION', 'P2D']);
    expect(value('He served three years in jail.', 'three years')).toBe('P3Y');
    expect(value('It lasted twenty-five years.', 'twenty-five years')).toBe('P25Y');
    expect(value('The talks took 2 hours.', '2 hours')).toBe('PT2H');
    expect(value('Sales rose over the past three years.', 'the past three years')).toBe('P3Y');
    expect(value('It took months.', 'months')).toBe('PXM');
    expect(value('Talks lasted several weeks.', 'several weeks')).toBe('PXW');
    expect(value('It took 2 1/2 years.', '2 1/2 years')).toBe('P2Y6M');
  });

  it('does not tag ages', () => {
    expect(tagTimexes('A 6-year-old boy was found.', DCT)).toEqual([]);
  });

  it('tags sets', () => {
    const weekly = find('The council meets weekly.', 'weekly');
    expect([weekly.type, weekly.value]).toEqual(['SET', 'P1W']);
    expect(value('Rent rises every month.', 'every month')).toBe('P1M');
    expect(value('They meet each year.', 'each year')).toBe('P1Y');
    // How often is part of the expression, as every held-out annotator tagged it.
    expect(value('They meet twice a year.', 'twice a year')).toBe('P1Y');
    expect(value('The market opens every Thursday.', 'every Thursday')).toBe('XXXX-WXX-4');
  });

  it('tags TimeML reference words', () => {
    expect(value('Prices are now higher.', 'now')).toBe('PRESENT_REF');
    expect(value('He recently resigned.', 'recently')).toBe('PAST_REF');
    expect(value('Plans for the future were drawn.', 'the future')).toBe('FUTURE_REF');
  });
});

describe('mods', () => {
  it('reads approximation, part of a period and comparison', () => {
    const around = find('They arrive around July 12.', 'around July 12');
    expect([around.value, around.mod]).toEqual(['2018-07-12', 'APPROX']);
    const early = find('The bill passed in early June.', 'early June');
    expect([early.value, early.mod]).toEqual(['2018-06', 'START']);
    const end = find('Sales fell by the end of 1990.', 'the end of 1990');
    expect([end.value, end.mod]).toEqual(['1990', 'END']);
    const more = find('The siege lasted more than four hours.', 'more than four hours');
    expect([more.value, more.mod]).toEqual(['PT4H', 'MORE_THAN']);
    const less = find('It took less than a week.', 'less than a week');
    expect([less.value, less.mod]).toEqual(['P1W', 'LESS_THAN']);
    const so = find('It will take two years or so.', 'two years or so');
    expect(so.mod).toBe('APPROX');
  });

  it('keeps signals such as "over the" out of the span', () => {
    const t = find('Prices rose over the past year.', 'the past year');
    expect(t.mod).toBeUndefined();
  });
});

describe('output shape', () => {
  it('returns sorted, non-overlapping spans whose text matches the offsets', () => {
    const text = 'On July 4, 2018, three days after the June 30 vote, he said he would resign next week.';
    const found = tagTimexes(text, '2018-07-07T10:30');
    expect(found.length).toBeGreaterThanOrEqual(4);
    let previousEnd = 0;
    for (const t of found) {
      expect(text.slice(t.start, t.end)).toBe(t.text);
      expect(t.start).toBeGreaterThanOrEqual(previousEnd);
      previousEnd = t.end;
    }
  });

  it('rejects a malformed DCT', () => {
    expect(() => tagTimexes('today', 'July 7')).toThrow(/DCT/);
  });
});
