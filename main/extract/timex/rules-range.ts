/**
 * Day ranges: "March 26-27", "March 30-April 2", "April 24 and 25", "26-27 March 2019". TimeML has no
 * range value, so each end becomes its own DATE ("March 26" and "27"), the way TimeBank-style
 * annotation tags "April 24 and 25". The ends are written without word boundaries between them,
 * which the single-date rules refuse on purpose ("26-27" is not a date by itself).
 */
import { yearTense } from './tense';
import { daysInMonth, formatDay } from './calendar';
import { COMMA, DAY_NUM, MONTH, YEAR4, monthNumber } from './patterns';
import { resolveYear } from './resolve';
import type { Draft, Rule, RuleContext } from './rule';

/**
 * A dash always joins a range; a word only when what follows cannot be a count ("27 people").
 * Spaces are bounded: the separators sit inside look-behinds, which an unbounded run of
 * whitespace would make quadratic.
 */
const DASH_SEP = `\\s{0,3}[-–—]\\s{0,3}`;
const WORD_SEP = `\\s{1,3}(?:to|through|thru|until|till|and|or)\\s{1,3}`;
/** After the second day of a worded range: punctuation, the end, or a function word. */
const AFTER_WORDED = `(?=\\s*(?:[,.;:)'"’”]|$)|\\s+(?:in|at|on|for|when|with|by|of|the|and|as|to|this|last|next)\\b)`;
const END = `(?![\\w’]|-\\w)`;
const START = `(?<![\\w'’-])`;

function rangeDraft(
  ctx: RuleContext,
  month: number,
  day: number,
  year: string | undefined,
  fallbackYear: number | null,
): Draft | null {
  if (day < 1 || day > 31 || month < 1) return null;
  if (year !== undefined) {
    const y = Number(year);
    return day > daysInMonth(y, month) ? null : { type: 'DATE', value: formatDay({ year: y, month, day }) };
  }
  const y = fallbackYear ?? resolveYear(ctx.dct, month, day, yearTense(ctx.text, ctx.start, ctx.end));
  if (day > daysInMonth(y, month)) return null;
  return { type: 'DATE', value: formatDay({ year: y, month, day }), anchor: ctx.dct };
}

/** Whether the two ends of a same-month range are in order. */
function ordered(first: string | undefined, second: string | undefined): boolean {
  return parseInt(first ?? '', 10) < parseInt(second ?? '', 10);
}

/** The year the first end took, when the narrative's last value is that day. */
function firstEndYear(ctx: RuleContext, month: number): number | null {
  const m = /^(\d{4})-(\d\d)-\d\d$/.exec(ctx.lastValue ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  // "December 30-January 2": the second end is in the next year.
  return Number(m[2]) > month ? year + 1 : year;
}

/** A cheap first test for the second end, so the costly look-behind runs only after a separator. */
const AFTER_SEP = `(?<=\\d(?:${DASH_SEP}|${WORD_SEP}))`;
const SECOND_MONTH_DAY = `(?:(?:${MONTH})\\s*)?${DAY_NUM}`;

export const RANGE_RULES: Rule[] = [
  {
    name: 'range-first-month-day',
    // "March 26" in "March 26-27, 2019": the lookahead reads the other end without taking it.
    pattern: new RegExp(
      `${START}(${MONTH})\\s*(${DAY_NUM})(?=(?:${DASH_SEP}(${SECOND_MONTH_DAY})(?:${COMMA}(${YEAR4}))?${END}|${WORD_SEP}(${DAY_NUM})(?:${COMMA}(${YEAR4}))?${AFTER_WORDED}))`,
      'gi',
    ),
    build(m, ctx) {
      const word = m[1] ?? '';
      if (!/^[A-Z]/.test(word)) return null;
      const second = m[3] ?? m[5];
      // A same-month range must go forward; "March 30-April 2" names its own month.
      if (/^\d/.test(second ?? '') && !ordered(m[2], second)) return null;
      return rangeDraft(ctx, monthNumber(word) ?? 0, parseInt(m[2] ?? '', 10), m[4] ?? m[6], null);
    },
  },
  {
    name: 'range-second-day',
    // "27" or "April 2" after "March 26-" or "April 24 and ".
    pattern: new RegExp(
      `${AFTER_SEP}(?<=(${MONTH})\\s{0,3}(${DAY_NUM})(?:${DASH_SEP}|${WORD_SEP}))(?:(${MONTH})\\s*)?(${DAY_NUM})(?:${COMMA}(${YEAR4}))?${END}`,
      'gi',
    ),
    build(m, ctx) {
      const firstMonth = m[1] ?? '';
      if (!/^[A-Z]/.test(firstMonth) || (m[3] !== undefined && !/^[A-Z]/.test(m[3]))) return null;
      const worded = !/[-–—]\s*$/.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start));
      if (worded && (m[3] !== undefined || !new RegExp(`^${AFTER_WORDED}`).test(ctx.text.slice(ctx.end))))
        return null;
      if (m[3] === undefined && !ordered(m[2], m[4])) return null;
      const month = monthNumber(m[3] ?? firstMonth) ?? 0;
      return rangeDraft(ctx, month, parseInt(m[4] ?? '', 10), m[5], firstEndYear(ctx, month));
    },
  },
  {
    name: 'range-first-day-month',
    // "26" in "26-27 March" (day-first writing).
    pattern: new RegExp(
      `${START}(${DAY_NUM})(?=${DASH_SEP}(${DAY_NUM}) (?:of )?(${MONTH})(?:${COMMA}(${YEAR4}))?${END})`,
      'gi',
    ),
    build(m, ctx) {
      const word = m[3] ?? '';
      if (!/^[A-Z]/.test(word) || !ordered(m[1], m[2])) return null;
      return rangeDraft(ctx, monthNumber(word) ?? 0, parseInt(m[1] ?? '', 10), m[4], null);
    },
  },
  {
    name: 'range-second-day-month',
    pattern: new RegExp(
      `${AFTER_SEP}(?<=${START}(${DAY_NUM})${DASH_SEP})(${DAY_NUM}) (?:of )?(${MONTH})(?:${COMMA}(${YEAR4}))?${END}`,
      'gi',
    ),
    build(m, ctx) {
      const word = m[3] ?? '';
      if (!/^[A-Z]/.test(word) || !ordered(m[1], m[2])) return null;
      const month = monthNumber(word) ?? 0;
      return rangeDraft(ctx, month, parseInt(m[2] ?? '', 10), m[4], firstEndYear(ctx, month));
    },
  },
];
