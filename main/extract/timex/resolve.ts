/**
 * Resolution of underspecified dates against the document date: bare weekdays, bare months and
 * month-days, and shifting a TIMEX3 value by a number of units ("a year earlier" than 1989-Q3).
 */
import type { Day } from './calendar';
import {
  addDays,
  compareDays,
  addMonths,
  formatDay,
  formatMonth,
  formatWeek,
  formatYear,
  isoWeekday,
  mondayOfIsoWeek,
} from './calendar';
import type { Tense } from './tense';

/**
 * A weekday without a date. Same weekday as the DCT → the DCT itself (a wire story of Friday saying
 * "on Friday"); otherwise the previous one for the past (the news default) and the next one for the
 * future.
 */
export function resolveWeekday(
  dct: Day,
  weekday: number,
  tense: Tense,
  shift: 'last' | 'next' | 'this' | null,
): Day {
  const diff = weekday - isoWeekday(dct);
  if (shift === 'last') return addDays(dct, diff < 0 ? diff : diff - 7);
  if (shift === 'next') return addDays(dct, diff > 0 ? diff : diff + 7);
  if (shift === 'this') return addDays(dct, diff);
  if (diff === 0) return dct;
  if (tense === 'future') return addDays(dct, diff > 0 ? diff : diff + 7);
  return addDays(dct, diff < 0 ? diff : diff - 7);
}

/**
 * A weekday that closes a range ("from 6 p.m. Sunday to 6 a.m. Tuesday"): resolved as usual, but
 * never before the day the range starts on.
 */
export function resolveWeekdayAfter(dct: Day, weekday: number, tense: Tense, rangeFrom: Day | null): Day {
  const day = resolveWeekday(dct, weekday, tense, null);
  if (rangeFrom === null || compareDays(day, rangeFrom) >= 0) return day;
  return resolveWeekday(rangeFrom, weekday, 'future', null);
}

/**
 * A month (and day) without a year: the candidate in the DCT's year, the year before or the year
 * after. The tense only overrides the nearest candidate when the gap is more than two months: a
 * past-tense sentence about "Dec. 7" in a November story is more often a misread tense than a
 * year-old event.
 */
export function resolveYear(dct: Day, month: number, day: number | null, tense: Tense): number {
  const monthsFrom = (year: number) =>
    (year - dct.year) * 12 + (month - dct.month) + ((day ?? 15) - dct.day) / 31;
  const candidates = [dct.year - 1, dct.year, dct.year + 1];
  let best = dct.year;
  for (const year of candidates) if (Math.abs(monthsFrom(year)) < Math.abs(monthsFrom(best))) best = year;
  const gap = monthsFrom(best);
  if (tense === 'past' && gap > 2) return best - 1;
  if (tense === 'future' && gap < -2) return best + 1;
  if (tense === 'none' || tense === 'present') return best;
  return best;
}

export type Unit = 'D' | 'W' | 'M' | 'Q' | 'Y' | 'E' | 'C' | 'WE' | 'H' | 'MIN';

/** The value of the DCT at a unit's granularity ("this week" → 2018-W27). */
export function valueAt(d: Day, unit: Unit): string {
  switch (unit) {
    case 'D':
    case 'H':
    case 'MIN':
      return formatDay(d);
    case 'W':
      return formatWeek(d);
    case 'WE':
      return `${formatWeek(d)}-WE`;
    case 'M':
      return formatMonth(d.year, d.month);
    case 'Q':
      return `${formatYear(d.year)}-Q${Math.floor((d.month - 1) / 3) + 1}`;
    case 'Y':
      return formatYear(d.year);
    case 'E':
      return formatYear(d.year).slice(0, 3);
    case 'C':
      return formatYear(d.year).slice(0, 2);
  }
}

/** Moves a day by n units. */
export function shiftDay(d: Day, unit: Unit, n: number): Day {
  switch (unit) {
    case 'D':
      return addDays(d, n);
    case 'W':
    case 'WE':
      return addDays(d, 7 * n);
    case 'M':
      return addMonths(d, n);
    case 'Q':
      return addMonths(d, 3 * n);
    case 'Y':
      return addMonths(d, 12 * n);
    case 'E':
      return addMonths(d, 120 * n);
    case 'C':
      return addMonths(d, 1200 * n);
    case 'H':
    case 'MIN':
      return d;
  }
}

/**
 * Shifts a concrete TIMEX3 DATE value by whole years, keeping its granularity ("1989-Q3" − 1 year →
 * "1988-Q3"). Returns null for values it cannot read.
 */
export function shiftValueByYears(value: string, years: number): string | null {
  const m = /^(\d{4})(.*)$/.exec(value);
  if (!m) return null;
  const rest = m[2] ?? '';
  const week = /^-W(\d{2})$/.exec(rest);
  if (week) {
    // ISO weeks do not line up across years: move the week's Monday instead.
    const monday = mondayOfIsoWeek(Number(m[1]), Number(week[1]));
    return formatWeek(addMonths(monday, 12 * years));
  }
  if (/^-02-29/.test(rest)) return `${formatYear(Number(m[1]) + years)}-02-28${rest.slice(6)}`;
  return `${formatYear(Number(m[1]) + years)}${rest}`;
}
