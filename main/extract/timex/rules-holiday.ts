/**
 * Named days of the (mostly US) news calendar: fixed dates, nth-weekday holidays and Easter.
 * The year comes from a following year, else from the DCT and the tense like a bare month-day.
 */
import type { Day } from './calendar';
import { yearTense } from './tense';
import { addDays, compareDays, daysInMonth, formatDay, formatWeek, isoWeekday, parseDay } from './calendar';
import { YEAR4 } from './patterns';
import { resolveYear } from './resolve';
import type { Draft, Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

/** The nth (1-based; -1 = last) given ISO weekday of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): Day {
  if (n > 0) {
    const first = { year, month, day: 1 };
    return addDays(first, ((weekday - isoWeekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = { year, month, day: daysInMonth(year, month) };
  return addDays(last, -((isoWeekday(last) - weekday + 7) % 7));
}

/** Western Easter Sunday (anonymous Gregorian algorithm). */
function easter(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { year, month, day };
}

const HOLIDAYS: Record<string, (year: number) => Day> = {
  "new year's day": (y) => ({ year: y, month: 1, day: 1 }),
  "new year's eve": (y) => ({ year: y, month: 12, day: 31 }),
  "valentine's day": (y) => ({ year: y, month: 2, day: 14 }),
  "st. patrick's day": (y) => ({ year: y, month: 3, day: 17 }),
  'independence day': (y) => ({ year: y, month: 7, day: 4 }),
  'the fourth of july': (y) => ({ year: y, month: 7, day: 4 }),
  halloween: (y) => ({ year: y, month: 10, day: 31 }),
  'veterans day': (y) => ({ year: y, month: 11, day: 11 }),
  'armistice day': (y) => ({ year: y, month: 11, day: 11 }),
  'christmas eve': (y) => ({ year: y, month: 12, day: 24 }),
  'christmas day': (y) => ({ year: y, month: 12, day: 25 }),
  christmas: (y) => ({ year: y, month: 12, day: 25 }),
  'boxing day': (y) => ({ year: y, month: 12, day: 26 }),
  'martin luther king day': (y) => nthWeekday(y, 1, 1, 3),
  "presidents' day": (y) => nthWeekday(y, 2, 1, 3),
  'memorial day': (y) => nthWeekday(y, 5, 1, -1),
  'labor day': (y) => nthWeekday(y, 9, 1, 1),
  'columbus day': (y) => nthWeekday(y, 10, 1, 2),
  "mother's day": (y) => nthWeekday(y, 5, 7, 2),
  "father's day": (y) => nthWeekday(y, 6, 7, 3),
  'black friday': (y) => addDays(nthWeekday(y, 11, 4, 4), 1),
  'cyber monday': (y) => addDays(nthWeekday(y, 11, 4, 4), 4),
  'thanksgiving day': (y) => nthWeekday(y, 11, 4, 4),
  thanksgiving: (y) => nthWeekday(y, 11, 4, 4),
  'election day': (y) => addDays(nthWeekday(y, 11, 1, 1), 1),
  easter: easter,
  'easter sunday': easter,
  'good friday': (y) => addDays(easter(y), -2),
  'easter monday': (y) => addDays(easter(y), 1),
  'palm sunday': (y) => addDays(easter(y), -7),
  'maundy thursday': (y) => addDays(easter(y), -3),
  'ash wednesday': (y) => addDays(easter(y), -46),
  pentecost: (y) => addDays(easter(y), 49),
  "new year's": (y) => ({ year: y, month: 1, day: 1 }),
};

const NAMES = Object.keys(HOLIDAYS)
  .sort((a, b) => b.length - a.length)
  .map((name) => name.replace(/[.']/g, (c) => (c === '.' ? '\\.' : "['’]?")))
  .join('|');

export const HOLIDAY_RULES: Rule[] = [
  {
    name: 'holiday',
    // "the day after Thanksgiving" is one date, the holiday's neighbour.
    pattern: wordPattern(
      `(?:the day (after|before) )?(?:(last|this|next|past|coming) )?(${NAMES})(?:,? (${YEAR4}))?( weekend)?`,
    ),
    build(m, ctx) {
      const draft = holiday(m.slice(1) as (string | undefined)[], ctx);
      const shift = m[1]?.toLowerCase();
      if (draft === null || shift === undefined) return draft;
      const day = parseDay(draft.value);
      if (day === null || draft.value.length !== 10) return null;
      return { ...draft, value: formatDay(addDays(day, shift === 'after' ? 1 : -1)) };
    },
  },
];

/** The date of a holiday from the pattern's groups: shift, lead word, name, year, "weekend". */
function holiday(m: (string | undefined)[], ctx: RuleContext): Draft | null {
  const lead = (m[1] ?? '').toLowerCase();
  const written = m[2] ?? '';
  const name = written.toLowerCase().replace(/’/g, "'");
  const key = Object.keys(HOLIDAYS).find((k) => k.replace(/'/g, '') === name.replace(/'/g, ''));
  const date = key === undefined ? undefined : HOLIDAYS[key];
  if (date === undefined || !/[A-Z]/.test(written)) return null;
  // "Labor Day weekend": the weekend next to the holiday (before a Monday, after a Friday).
  if (m[4] !== undefined) {
    const weekend = (d: Day) => {
      const day = isoWeekday(d) === 1 ? addDays(d, -1) : d;
      return { type: 'DATE' as const, value: `${formatWeek(day)}-WE` };
    };
    if (m[3] !== undefined) return weekend(date(Number(m[3])));
    const guess = date(ctx.dct.year);
    const year = resolveYear(ctx.dct, guess.month, guess.day, yearTense(ctx.text, ctx.start, ctx.end));
    return { ...weekend(date(year)), anchor: ctx.dct };
  }
  if (m[3] !== undefined) return { type: 'DATE', value: formatDay(date(Number(m[3]))) };
  if (lead !== '') {
    // "last Thanksgiving" is the latest one before the DCT, "next Easter" the first after it.
    const years = [ctx.dct.year - 1, ctx.dct.year, ctx.dct.year + 1].map(date);
    const pick =
      lead === 'this'
        ? years[1]
        : lead === 'last' || lead === 'past'
          ? years.filter((d) => compareDays(d, ctx.dct) < 0).pop()
          : years.find((d) => compareDays(d, ctx.dct) > 0);
    if (pick !== undefined) return { type: 'DATE', value: formatDay(pick), anchor: ctx.dct };
  }
  const guess = date(ctx.dct.year);
  const year = resolveYear(ctx.dct, guess.month, guess.day, yearTense(ctx.text, ctx.start, ctx.end));
  return { type: 'DATE', value: formatDay(date(year)), anchor: ctx.dct };
}
