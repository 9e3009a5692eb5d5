/**
 * Clock times ("3 p.m.", "10:30 a.m. EST Wednesday", "noon Thursday", "midnight"), dated by the
 * day written next to them, else by the document date.
 */
import type { Day } from './calendar';
import { yearTense } from './tense';
import { addDays, formatDay } from './calendar';
import { DAY_NUM, MONTH, WEEKDAY, monthNumber, weekdayNumber } from './patterns';
import { resolveWeekday, resolveYear } from './resolve';
import type { Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

const ZONE = `(?:\\s*\\(?(?:[ECMP][SD]T|GMT|UTC|Z|local time)\\)?)`;
// The converted time a wire story adds in brackets before the day: "10:35 a.m. (0735 GMT) Friday".
const BRACKETED_DAY = new RegExp(`^\\s*\\(\\d{3,4} (?:GMT|UTC)\\),?\\s+(${WEEKDAY})\\b`, 'i');
const DAY_TAIL = `(?:(?:,|\\s+on)?\\s+(today|yesterday|tomorrow|tonight|(${WEEKDAY})|(${MONTH})\\s*(${DAY_NUM})))`;
const MERIDIEM = `(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)`;

function dayFromTail(m: RegExpExecArray, first: number, ctx: RuleContext): Day {
  const word = (m[first] ?? '').toLowerCase();
  if (m[first] === undefined) {
    // The day may sit after a bracketed conversion, outside the span TimeML gives the time.
    const bracketed = BRACKETED_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 40))?.[1];
    if (bracketed !== undefined)
      return resolveWeekday(ctx.dct, weekdayNumber(bracketed) ?? 1, ctx.tense(), null);
    return ctx.dct;
  }
  if (word === 'yesterday') return addDays(ctx.dct, -1);
  if (word === 'tomorrow') return addDays(ctx.dct, 1);
  const weekday = m[first + 1];
  if (weekday !== undefined) return resolveWeekday(ctx.dct, weekdayNumber(weekday) ?? 1, ctx.tense(), null);
  const monthWord = m[first + 2];
  if (monthWord !== undefined) {
    const month = monthNumber(monthWord) ?? 1;
    const day = parseInt(m[first + 3] ?? '1', 10);
    return { year: resolveYear(ctx.dct, month, day, yearTense(ctx.text, ctx.start, ctx.end)), month, day };
  }
  return ctx.dct;
}

function clock(hour: number, minute: number): string {
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export const TIME_RULES: Rule[] = [
  {
    name: 'clock-meridiem',
    pattern: wordPattern(
      `(?:(${WEEKDAY})(?:,| at)?\\s+)?([01]?\\d)(?:[:.]([0-5]\\d))?\\s*${MERIDIEM}${ZONE}?${DAY_TAIL}?`,
    ),
    build(m, ctx) {
      let hour = Number(m[2]);
      const minute = m[3] === undefined ? 0 : Number(m[3]);
      if (hour < 1 || hour > 12) return null;
      const pm = /^p/i.test(m[4] ?? '');
      if (pm && hour < 12) hour += 12;
      if (!pm && hour === 12) hour = 0;
      let day = dayFromTail(m, 5, ctx);
      if (m[1] !== undefined && m[5] === undefined) {
        day = resolveWeekday(ctx.dct, weekdayNumber(m[1]) ?? 1, ctx.tense(), null);
      }
      return { type: 'TIME', value: `${formatDay(day)}T${clock(hour, minute)}`, anchor: ctx.dct };
    },
  },
  {
    name: 'clock-24h',
    // Only after "at": "at 14:30". A bare "3:2" is a score or a ratio.
    pattern: wordPattern(`at ([0-2]?\\d):([0-5]\\d)(?!:|\\s*[ap]\\.?\\s?m\\b)${ZONE}?${DAY_TAIL}?`),
    build(m, ctx) {
      const hour = Number(m[1]);
      if (hour > 24) return null;
      const day = dayFromTail(m, 3, ctx);
      return {
        type: 'TIME',
        value: `${formatDay(day)}T${clock(hour, Number(m[2]))}`,
        anchor: ctx.dct,
        trimStart: 3,
      };
    },
  },
  {
    name: 'noon-midnight',
    // "High Noon", "high noon": the idiom, not a clock time.
    pattern: wordPattern(`(?<!\\bhigh )(noon|midday|midnight)${DAY_TAIL}?`),
    build(m, ctx) {
      const day = dayFromTail(m, 2, ctx);
      const time = /^midn/i.test(m[1] ?? '') ? '24:00' : '12:00';
      return { type: 'TIME', value: `${formatDay(day)}T${time}`, anchor: ctx.dct };
    },
  },
];
