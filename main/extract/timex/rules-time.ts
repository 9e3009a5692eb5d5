/**
 * Clock times ("3 p.m.", "10:30 a.m. EST Wednesday", "noon Thursday", "midnight"), dated by the
 * day written next to them, else by the document date.
 */
import type { Day } from './calendar';
import { yearTense } from './tense';
import { addDays, compareDays, daysInMonth, formatDay, parseDay } from './calendar';
import { DAY_NUM, MONTH, WEEKDAY, YEAR4, monthNumber, weekdayNumber } from './patterns';
import { resolveWeekday, resolveWeekdayAfter, resolveYear } from './resolve';
import type { Rule, RuleContext } from './rule';
import { wordPattern } from './rule';
import { parseNumber } from './numbers';

const ZONE = `(?:\\s*\\(?(?:[ECMP][SD]?T|GMT|UTC|BST|CES?T|EES?T|KST|JST|HKT|SGT|IST|Z|local time)\\)?)`;
// The converted time a wire story adds in brackets before the day: "10:35 a.m. (0735 GMT) Friday".
// The same time converted inside the brackets may carry the day instead: "4 in the morning (4 a.m.
// EDT Thursday)".
const BRACKETED_DAY = new RegExp(
  `^\\s*\\(\\d{3,4} (?:GMT|UTC)\\),?\\s+(${WEEKDAY})\\b|^\\s*\\([^()]{0,24}?\\b(${WEEKDAY})\\)`,
  'i',
);
const DAY_TAIL = `(?:(?:,|\\s+on)?\\s+(today|yesterday|tomorrow|tonight|(${WEEKDAY})|(${MONTH})\\s*(${DAY_NUM})))`;
const MERIDIEM = `(a\\.\\s?m\\.?|p\\.\\s?m\\.?|am|pm)`;

/** A weekday next to a clock time: after the start of a range it closes, else by the tense. */
function weekdayIn(ctx: RuleContext, word: string): Day {
  return resolveWeekdayAfter(ctx.dct, weekdayNumber(word) ?? 1, ctx.tense(), ctx.rangeFrom);
}

/**
 * The day a clock time without a day belongs to: the day the story last named when that is within
 * the week up to the DCT, or in the week ahead for a clause in the future ("tornadoes tore across East Texas Saturday evening … by about 9 p.m."),
 * else the DCT.
 */
// The weekday must end its word: "Fri" opens "Frieden".
const DAY_IN_CLAUSE = new RegExp(`\\b(?:${WEEKDAY}\\b|${MONTH}\\.?\\s*\\d|\\d{1,2}\\s+${MONTH})`, 'i');

function storyDay(ctx: RuleContext): Day {
  const last = ctx.lastValue === null ? null : parseDay(ctx.lastValue.slice(0, 10));
  if (last === null) return ctx.dct;
  // A day named earlier in the same clause carries its time, however far from the DCT ("set
  // arguments for June 11 at 9:30 a.m.", "August 2: Stage 4 begins at 6pm").
  const before = ctx.text.slice(Math.max(0, ctx.start - 80), ctx.start);
  const clause = before.slice(Math.max(before.lastIndexOf('\n'), before.search(/[.!?]\s[^.!?]*$/)) + 1);
  if (DAY_IN_CLAUSE.test(clause)) return last;
  const days = compareDays(ctx.dct, last);
  // A day ahead only for a clause about what is to come ("polls will be open from 7 a.m.").
  const ahead = ctx.tense() === 'future';
  return (ahead ? days >= -7 && days <= 0 : days >= 0 && days <= 7) ? last : ctx.dct;
}

function dayFromTail(m: RegExpExecArray, first: number, ctx: RuleContext): Day {
  const word = (m[first] ?? '').toLowerCase();
  if (m[first] === undefined) {
    // The day may sit after a bracketed conversion, outside the span TimeML gives the time.
    const found = BRACKETED_DAY.exec(ctx.text.slice(ctx.end, ctx.end + 40));
    const bracketed = found?.[1] ?? found?.[2];
    if (bracketed !== undefined)
      return resolveWeekday(ctx.dct, weekdayNumber(bracketed) ?? 1, ctx.tense(), null);
    return storyDay(ctx);
  }
  if (word === 'yesterday') return addDays(ctx.dct, -1);
  if (word === 'tomorrow') return addDays(ctx.dct, 1);
  const weekday = m[first + 1];
  if (weekday !== undefined) return weekdayIn(ctx, weekday);
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
    name: 'dated-clock',
    // A full date followed by its clock time, as datelines and updates write it: "22 Mar 2013
    // 10:15 EDT", "Tuesday, March 19, 2013, 8:14 PM".
    pattern: wordPattern(
      `(?:${WEEKDAY},?\\s+)?(?:(${MONTH})\\s*(${DAY_NUM}),?\\s+(${YEAR4})|(${DAY_NUM})\\s+(${MONTH})\\s+(${YEAR4})),?\\s+(?:at\\s+)?([0-2]?\\d)[:.]([0-5]\\d)(?:\\s*${MERIDIEM})?${ZONE}?`,
    ),
    build(m) {
      const month = monthNumber(m[1] ?? m[5] ?? '');
      const day = parseInt(m[2] ?? m[4] ?? '', 10);
      const year = Number(m[3] ?? m[6]);
      let hour = Number(m[7]);
      const minute = Number(m[8]);
      if (
        month === undefined ||
        !/^[A-Z]/.test(m[1] ?? m[5] ?? '') ||
        day < 1 ||
        day > daysInMonth(year, month)
      )
        return null;
      if (m[9] !== undefined) {
        if (hour < 1 || hour > 12) return null;
        const pm = /^p/i.test(m[9]);
        if (pm && hour < 12) hour += 12;
        if (!pm && hour === 12) hour = 0;
      } else if (hour > 23) return null;
      return { type: 'TIME', value: `${formatDay({ year, month, day })}T${clock(hour, minute)}` };
    },
  },
  {
    name: 'clock-meridiem',
    pattern: wordPattern(
      `(?:(${WEEKDAY})(?:,| at)?\\s+)?([01]?\\d)(?:(?:\\s?:\\s?|\\.)([0-5]\\d))?\\s*${MERIDIEM}${ZONE}?${DAY_TAIL}?`,
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
        day = weekdayIn(ctx, m[1]);
      }
      return { type: 'TIME', value: `${formatDay(day)}T${clock(hour, minute)}`, anchor: ctx.dct };
    },
  },
  {
    name: 'clock-24h',
    // Only after a word that introduces a time ("at 14:30", "by 16:00", "until 18:00"): a bare
    // "3:2" is a score or a ratio.
    pattern: wordPattern(
      `(at|by|until|till|from|before|after|around|about|since) ([0-2]?\\d):([0-5]\\d)(?!:|\\s*[ap]\\.?\\s?m\\b)${ZONE}?${DAY_TAIL}?`,
    ),
    build(m, ctx) {
      const hour = Number(m[2]);
      if (hour > 24) return null;
      const day = dayFromTail(m, 4, ctx);
      return {
        type: 'TIME',
        value: `${formatDay(day)}T${clock(hour, Number(m[3]))}`,
        anchor: ctx.dct,
        trimStart: (m[1] ?? '').length + 1,
      };
    },
  },
  {
    name: 'clock-military-utc',
    // The converted time wire copy adds in brackets: "9:40 a.m. EDT (1340 GMT)". Four digits make
    // a time only with GMT or UTC after them; it belongs to the day the story is on.
    pattern: wordPattern(`([01]\\d|2[0-3])([0-5]\\d) (?:GMT|UTC)`),
    build(m, ctx) {
      return {
        type: 'TIME',
        value: `${formatDay(storyDay(ctx))}T${clock(Number(m[1]), Number(m[2]))}`,
        anchor: ctx.dct,
      };
    },
  },
  {
    name: 'oclock',
    // "at 10 o'clock": the hour as written, since the clock face does not say morning or evening.
    pattern: wordPattern(
      `(\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock${ZONE}?${DAY_TAIL}?`,
    ),
    build(m, ctx) {
      const word = (m[1] ?? '').toLowerCase();
      const hour = /^\d/.test(word) ? Number(word) : (parseNumber(word) ?? 0);
      if (hour < 1 || hour > 12) return null;
      const day = dayFromTail(m, 2, ctx);
      return { type: 'TIME', value: `${formatDay(day)}T${clock(hour, 0)}`, anchor: ctx.dct };
    },
  },
  {
    name: 'hour-of-part-of-day',
    // "4 in the morning", "eight in the evening Tuesday", and as broadcasters say it, "by four
    // this afternoon": the part of the day says a.m. or p.m.
    pattern: wordPattern(
      `(\\d{1,2}(?::[0-5]\\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:in the|this) (morning|afternoon|evening)${DAY_TAIL}?`,
    ),
    build(m, ctx) {
      const word = (m[1] ?? '').toLowerCase();
      // "one in the morning crowd": a number in words tells the time only after "at", "until"...
      const before = ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start);
      if (!/^\d/.test(word) && !/\b(?:at|until|till|by|before|after|from|around|about)\s+$/i.test(before))
        return null;
      const [h, min] = word.split(':');
      let hour = /^\d/.test(word) ? Number(h) : (parseNumber(word) ?? 0);
      if (hour < 1 || hour > 12) return null;
      if (m[2]?.toLowerCase() !== 'morning' && hour < 12) hour += 12;
      if (m[2]?.toLowerCase() === 'morning' && hour === 12) hour = 0;
      const day = dayFromTail(m, 3, ctx);
      return { type: 'TIME', value: `${formatDay(day)}T${clock(hour, Number(min ?? 0))}`, anchor: ctx.dct };
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
