import { describe, expect, it } from 'vitest';
import { addMonths, formatWeek, isoWeekday, mondayOfIsoWeek } from './calendar';
import { resolveWeekday, resolveYear, shiftValueByYears } from './resolve';
import { tenseAround } from './tense';

describe('calendar', () => {
  it('computes ISO weeks across year boundaries', () => {
    expect(formatWeek({ year: 2018, month: 7, day: 7 })).toBe('2018-W27');
    expect(formatWeek({ year: 2021, month: 1, day: 3 })).toBe('2020-W53');
    expect(mondayOfIsoWeek(2020, 53)).toEqual({ year: 2020, month: 12, day: 28 });
    expect(isoWeekday({ year: 2018, month: 7, day: 7 })).toBe(6);
  });

  it('clamps month arithmetic to the month length', () => {
    expect(addMonths({ year: 2018, month: 1, day: 31 }, 1)).toEqual({ year: 2018, month: 2, day: 28 });
  });
});

describe('resolution', () => {
  const saturday = { year: 2018, month: 7, day: 7 };
  it('picks the weekday before the DCT in the past and after it in the future', () => {
    expect(resolveWeekday(saturday, 5, 'past', null)).toEqual({ year: 2018, month: 7, day: 6 });
    expect(resolveWeekday(saturday, 1, 'future', null)).toEqual({ year: 2018, month: 7, day: 9 });
    expect(resolveWeekday(saturday, 6, 'past', null)).toEqual(saturday);
  });

  it('picks the nearest year for a month unless the tense points far the other way', () => {
    expect(resolveYear({ year: 2018, month: 1, day: 10 }, 12, null, 'none')).toBe(2017);
    expect(resolveYear(saturday, 12, null, 'past')).toBe(2017);
    expect(resolveYear(saturday, 3, null, 'future')).toBe(2019);
  });

  it('shifts a value by years at its own granularity', () => {
    expect(shiftValueByYears('1989-Q3', -1)).toBe('1988-Q3');
    expect(shiftValueByYears('2016-02-29', 1)).toBe('2017-02-28');
  });

  it('reads tense from the nearest verb cue', () => {
    const text = 'Kim arrived on Friday and will leave on Monday.';
    expect(tenseAround(text, text.indexOf('Friday'), text.indexOf('Friday') + 6)).toBe('past');
    expect(tenseAround(text, text.indexOf('Monday'), text.indexOf('Monday') + 6)).toBe('future');
  });
});
