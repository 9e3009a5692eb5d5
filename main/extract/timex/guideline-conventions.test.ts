/**
 * The conventions settled against the TimeML 1.2.1 guidelines where TimeBank and AQUAINT disagree.
 * Each test names the decision; the reasons are written at the rules.
 */
import { describe, expect, it } from 'vitest';
import { onlyTimex, tagShort } from './test-helpers';

const DCT = '2013-03-20'; // a Wednesday

const tag = (text: string, dct = DCT) => tagShort(text, dct);
const only = (text: string, dct = DCT) => onlyTimex(text, dct);

describe('parts of the day with a day are TIME', () => {
  it('types a weekday night, tonight and this morning as TIME with the part-of-day code', () => {
    expect(only('The ferry sank on Monday night near the harbour.')).toEqual({
      text: 'Monday night',
      type: 'TIME',
      value: '2013-03-18TNI',
    });
    expect(only('The council will vote tonight on the budget.')).toMatchObject({
      type: 'TIME',
      value: '2013-03-20TNI',
    });
    expect(only('Pickets gathered at the gates this morning.')).toMatchObject({
      type: 'TIME',
      value: '2013-03-20TMO',
    });
  });
});

describe('extent edges', () => {
  it('keeps approximation and early/late words inside the expression', () => {
    expect(only('The strike lasted about three weeks.')).toMatchObject({
      text: 'about three weeks',
      value: 'P3W',
    });
    expect(only('The plant closes in early April.').text).toBe('early April');
    expect(only('Shares rose earlier this month.').text).toBe('earlier this month');
  });

  it('keeps "the" when the temporal noun heads the phrase', () => {
    expect(only('Exports doubled over the past three years.').text).toBe('the past three years');
  });

  it('leaves "the" out when a year-ago comparison modifies another noun', () => {
    const found = tag('Third-quarter profit rose; the year-ago results included a charge.', '1989-11-01');
    expect(found.map((t) => t.text)).toEqual(['Third-quarter', 'year-ago']);
    expect(found[1]?.value).toBe('1988-Q3');
    expect(tag('Profit fell in the year-earlier quarter.', '1989-11-01')[0]?.text).toBe(
      'the year-earlier quarter',
    );
  });
});

describe('calendar weeks', () => {
  it('gives "last week" and "this week" ISO week values, not WXX or a duration', () => {
    expect(only('The minister resigned last week.').value).toBe('2013-W11');
    expect(only('Talks resume this week in Geneva.').value).toBe('2013-W12');
  });
});

describe('vague plural stretches', () => {
  it('keeps "recent years" and "the coming months" as durations of unknown length', () => {
    expect(only('Crime has fallen in recent years.')).toMatchObject({ type: 'DURATION', value: 'PXY' });
    expect(only('Prices should settle in the coming months.')).toMatchObject({
      type: 'DURATION',
      value: 'PXM',
    });
  });
});

describe('present and past references', () => {
  it('tags "now", "currently" and "recently" with their REF values', () => {
    expect(only('The port is now closed.').value).toBe('PRESENT_REF');
    expect(only('Ten ships are currently waiting.').value).toBe('PRESENT_REF');
    expect(only('The mayor recently approved the plan.').value).toBe('PAST_REF');
  });
});

describe('counted decades and centuries', () => {
  it('writes counted decades and centuries in years, and an uncounted "decades" as PXE', () => {
    expect(only('The feud has run for two decades.').value).toBe('P20Y');
    expect(only('The bridge stood for a century.').value).toBe('P100Y');
    expect(only('The dispute goes back decades.').value).toBe('PXE');
  });
});

describe('a year ago in an earnings story', () => {
  it('shifts the quarter under discussion by a year', () => {
    const found = tag(
      'Net income rose in the third quarter, up from $5 million a year earlier.',
      '1989-11-01',
    );
    expect(found.map((t) => t.value)).toEqual(['1989-Q3', '1988-Q3']);
  });
});
