import { describe, expect, it } from 'vitest';
import type { DateInterval, Granularity } from './model';
import { formatDay, formatInterval } from './format-date';

function interval(
  start: string,
  end: string,
  granularity: Granularity,
  certainty: DateInterval['certainty'] = 'exact',
): DateInterval {
  return { start, end, granularity, certainty };
}

describe('formatInterval', () => {
  it('words each granularity', () => {
    expect(formatInterval(interval('2018-06-12', '2018-06-12', 'day'))).toBe('12 June 2018');
    expect(formatInterval(interval('2018-07-06', '2018-07-07', 'day'))).toBe('6–7 July 2018');
    expect(formatInterval(interval('2018-06-30', '2018-07-02', 'day'))).toBe('30 June – 2 July 2018');
    expect(formatInterval(interval('2018-07-02', '2018-07-08', 'week'))).toBe('week of 2 July 2018');
    expect(formatInterval(interval('2018-06-01', '2018-06-30', 'month'))).toBe('June 2018');
    expect(formatInterval(interval('2018-09-01', '2018-11-30', 'season'))).toBe('autumn 2018');
    expect(formatInterval(interval('2018-12-01', '2019-02-28', 'season'))).toBe('winter 2018–19');
    expect(formatInterval(interval('2018-07-01', '2018-09-30', 'quarter'))).toBe('Q3 2018');
    expect(formatInterval(interval('2018-01-01', '2018-12-31', 'year'))).toBe('2018');
    expect(formatInterval(interval('2010-01-01', '2019-12-31', 'decade'))).toBe('2010s');
    expect(formatInterval(interval('2018-07-07T10:00', '2018-07-07T10:00', 'time'))).toBe(
      '7 July 2018, 10:00',
    );
  });

  it('adds certainty words only when asked', () => {
    const approximate = interval('2018-07-12', '2018-07-12', 'day', 'approximate');
    expect(formatInterval(approximate)).toBe('12 July 2018');
    expect(formatInterval(approximate, { withCertainty: true })).toBe('around 12 July 2018');
    expect(
      formatInterval(interval('2018-09-01', '2018-09-30', 'month', 'uncertain'), { withCertainty: true }),
    ).toBe('possibly September 2018');
  });

  it('formats a single day', () => {
    expect(formatDay('2018-07-07')).toBe('7 July 2018');
    expect(formatDay('not a date')).toBe('not a date');
  });
});
