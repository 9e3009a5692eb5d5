/**
 * Calendar dates written out: ISO and numeric dates, month-day(-year) in either order, month-year,
 * bare years, decades and centuries. A date missing its year takes it from the DCT and the tense.
 */
import { yearTense } from './tense';
import { daysInMonth, formatDay, formatMonth, formatWeek, formatYear, parseDay } from './calendar';
import { parseNumber } from './numbers';
import { COMMA, DAY_NUM, MONTH, WEEKDAY, YEAR4, YEAR_ANY, monthNumber, yearNumber } from './patterns';
import { resolveYear } from './resolve';
import type { Draft, Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

/** Month words must be capitalized: "may", "march" and "sat" are common English words. */
function isMonthWord(word: string): boolean {
  return /^[A-Z]/.test(word);
}

function dayDraft(ctx: RuleContext, month: number, day: number, year: number | null): Draft | null {
  if (day < 1 || month < 1 || month > 12) return null;
  if (year === null) {
    // In a story of another time, a month-day without its year follows the date just told.
    const tense = yearTense(ctx.text, ctx.start, ctx.end);
    const y =
      ctx.eraDay !== null && tense === 'past'
        ? resolveYear(ctx.eraDay, month, day, 'none')
        : resolveYear(ctx.dct, month, day, tense);
    if (day > daysInMonth(y, month)) return null;
    return { type: 'DATE', value: formatDay({ year: y, month, day }), anchor: ctx.dct };
  }
  if (day > daysInMonth(year, month)) return null;
  return { type: 'DATE', value: formatDay({ year, month, day }) };
}

function twoDigitYear(raw: string): number {
  const n = Number(raw);
  if (raw.length === 4) return n;
  return n < 50 ? 2000 + n : 1900 + n;
}

const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

const OPT_WEEKDAY = `(?:${WEEKDAY}${COMMA})?`;

// A four-digit number is a count, not a year, before what it counts ("1999 passengers").
const COUNTED_NOUN =
  /^\s?(?:%|percent|people|persons|shares|units|cars|troops|soldiers|votes|members|acres|tons|tonnes|feet|miles|meters|metres|kilometers|kilometres|passengers|residents|workers|employees|jobs|students|victims|deaths|cases|homes|houses|barrels|points|dollars|euros|pounds|yen|yuan|rupees|km|kg)\b/i;
// …or an address: "1600 Pennsylvania Avenue".
const STREET = /^\s[A-Z][a-z]+\s(?:Avenue|Ave|Street|St|Road|Rd|Boulevard|Blvd|Lane|Drive|Way|Place)\b/;
// …or a number that names one of a series: "Resolution 1874", "Flight 1999", "Windows 2000".
const NUMBERED_THING =
  /\b(?:resolution|flight|route|highway|interstate|room|suite|gate|terminal|platform|chapter|section|article|bill|proposition|prop|measure|amendment|model|number|no|track|channel|bus|train|pier|box|unit|exit|mile|windows|version|vision|agenda|code|form|rule|paragraph|item|page|line|lot|block|act)\.?\s+$/i;

export const ABSOLUTE_RULES: Rule[] = [
  {
    name: 'iso-date',
    // Also with slashes, as file names and Asian copy write it: 2013/03/22.
    pattern: wordPattern(`(${YEAR4})[-/]([01]\\d)[-/]([0-3]\\d)(?:T([0-2]\\d):([0-5]\\d))?`),
    build(m) {
      const year = Number(m[1]);
      const month = Number(m[2]);
      const day = Number(m[3]);
      if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
      const date = formatDay({ year, month, day });
      if (m[4] !== undefined) return { type: 'TIME', value: `${date}T${m[4]}:${m[5]}` };
      return { type: 'DATE', value: date };
    },
  },
  {
    name: 'numeric-date',
    // US order, as in English news: 07/04/2018 is the Fourth of July. A first number over 12 can
    // only be a day, as British and international copy writes it (22/03/2013).
    pattern: wordPattern(`([0-3]?\\d)/([0-3]?\\d)/(\\d{4}|\\d{2})`),
    build(m, ctx) {
      const first = Number(m[1]);
      const second = Number(m[2]);
      const year = twoDigitYear(m[3] ?? '');
      return first > 12 ? dayDraft(ctx, second, first, year) : dayDraft(ctx, first, second, year);
    },
  },
  {
    name: 'dotted-date',
    // Day first with full stops, as European datelines write it: 22.03.2013.
    pattern: wordPattern(`([0-3]?\\d)\\.([01]?\\d)\\.(${YEAR4})`),
    build(m, ctx) {
      return dayDraft(ctx, Number(m[2]), Number(m[1]), Number(m[3]));
    },
  },
  {
    name: 'month-day-year',
    pattern: wordPattern(`${OPT_WEEKDAY}(${MONTH})\\s*(${DAY_NUM})(?:${COMMA}(${YEAR4}|'\\d\\d))?`),
    build(m, ctx) {
      const word = m[1] ?? '';
      if (!isMonthWord(word)) return null;
      const year = m[3] === undefined ? null : twoDigitYear(m[3].replace("'", ''));
      return dayDraft(ctx, monthNumber(word) ?? 0, parseInt(m[2] ?? '', 10), year);
    },
  },
  {
    name: 'week-of',
    // "the week of March 6": the ISO week holding that day.
    pattern: wordPattern(
      `the (week|weekend) of (?:(${MONTH})\\s*(${DAY_NUM})(?:[-–](?:${DAY_NUM}))?|(${DAY_NUM})(?:[-–](?:${DAY_NUM}))? (${MONTH}))(?:${COMMA}(${YEAR4}))?`,
    ),
    build(m, ctx) {
      // Month first ("the week of March 6") or day first ("the weekend of 28 July").
      const word = m[2] ?? m[5] ?? '';
      if (!isMonthWord(word)) return null;
      const year = m[6] === undefined ? null : Number(m[6]);
      const draft = dayDraft(ctx, monthNumber(word) ?? 0, parseInt(m[3] ?? m[4] ?? '', 10), year);
      const day = draft === null ? null : parseDay(draft.value);
      if (draft === null || day === null) return null;
      const weekend = (m[1] ?? '').toLowerCase() === 'weekend';
      return { ...draft, value: weekend ? `${formatWeek(day)}-WE` : formatWeek(day) };
    },
  },
  {
    name: 'day-month-year',
    pattern: wordPattern(`${OPT_WEEKDAY}(?:the )?(${DAY_NUM}) (?:of )?(${MONTH})(?:${COMMA}(${YEAR4}))?`),
    build(m, ctx) {
      const word = m[2] ?? '';
      if (!isMonthWord(word)) return null;
      const year = m[3] === undefined ? null : Number(m[3]);
      return dayDraft(ctx, monthNumber(word) ?? 0, parseInt(m[1] ?? '', 10), year);
    },
  },
  {
    name: 'hyphenated-date',
    // "22-Mar-2013", "22-March-2013": the form of logs and some agencies' datelines.
    pattern: wordPattern(`([0-3]?\\d)-(${MONTH})-(${YEAR4}|\\d\\d)`),
    build(m, ctx) {
      const word = (m[2] ?? '').replace(/\.$/, '');
      if (!isMonthWord(word)) return null;
      return dayDraft(ctx, monthNumber(word) ?? 0, Number(m[1]), twoDigitYear(m[3] ?? ''));
    },
  },
  {
    name: 'month-year',
    pattern: wordPattern(`(${MONTH})(?:,? (?:of )?|\\s*,\\s*)(${YEAR_ANY})`),
    build(m) {
      const word = m[1] ?? '';
      const year = yearNumber(m[2] ?? '');
      if (!isMonthWord(word) || year === null) return null;
      return { type: 'DATE', value: formatMonth(year, monthNumber(word) ?? 0) };
    },
  },
  {
    name: 'year',
    pattern: wordPattern(
      `(?:(?:fiscal|calendar|the year|model year) |FY ?)?(${YEAR4})(?!\\s?%|[,.]\\d| ?\\d)`,
    ),
    build(m, ctx) {
      const before = ctx.text.slice(Math.max(0, ctx.start - 2), ctx.start);
      // "$1988", "No. 1990", "1990 people" are amounts; a year stands alone or after a preposition.
      if (/[$£€#]\s?$/.test(before)) return null;
      // The tail of a numeric date that did not parse ("31/02/2013") is no year of its own.
      if (/\d[/.]$/.test(before)) return null;
      if (NUMBERED_THING.test(ctx.text.slice(Math.max(0, ctx.start - 16), ctx.start))) return null;
      const after = ctx.text.slice(ctx.end, ctx.end + 24);
      if (COUNTED_NOUN.test(after) || STREET.test(after)) return null;
      // Before 1500 a bare number is more often a count than a year, unless introduced as a year.
      const year = Number(m[1]);
      if (
        year < 1500 &&
        !/\b(?:in|since|of|by|from|until|till|to|before|after|year|c\.|circa|and)\s+$/i.test(
          ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start),
        )
      )
        return null;
      return { type: 'DATE', value: formatYear(Number(m[1])) };
    },
  },
  {
    name: 'decade',
    pattern: wordPattern(`(?:the )?(?:(early|mid|late)[- ])?(?:(1[5-9]\\d|20\\d)0['’]?s|['’](\\d)0s)`),
    build(m, ctx) {
      const decade = m[2] ?? (m[3] === undefined ? undefined : `19${m[3]}`);
      if (decade === undefined) return null;
      // "the 1980's" is the decade, but "1990's budget" is the year's.
      if (m[2] !== undefined && /\d['’]s$/.test(m[0]) && !/^(?:the|early|mid|late)\b/i.test(m[0]))
        return null;
      const mod = { early: 'START', mid: 'MID', late: 'END' }[(m[1] ?? '').toLowerCase()];
      void ctx;
      return { type: 'DATE', value: decade, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'year-in-words',
    // "nineteen ninety-six", "the year two thousand", "two thousand and one".
    pattern: wordPattern(
      `(?:the year )?(?:(nineteen|eighteen|twenty) ((?:${TENS_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${TEEN_WORDS}|hundred)|(two thousand)(?: (?:and )?(${UNIT_WORDS}|${TEEN_WORDS}))?)`,
    ),
    build(m) {
      const text = m[0].toLowerCase();
      if (m[3] !== undefined) {
        // "two thousand" alone is a year only when introduced as one.
        if (m[4] === undefined && !text.startsWith('the year')) return null;
        return { type: 'DATE', value: String(2000 + (m[4] ? (parseNumber(m[4]) ?? 0) : 0)) };
      }
      const century = { eighteen: 18, nineteen: 19, twenty: 20 }[(m[1] ?? '').toLowerCase()] ?? 19;
      const rest = (m[2] ?? '').toLowerCase();
      const n = rest === 'hundred' ? 0 : parseNumber(rest);
      if (n === null || n > 99) return null;
      return { type: 'DATE', value: String(century * 100 + n) };
    },
  },
  {
    name: 'decade-in-words',
    pattern: wordPattern(
      `(?:the )?(?:(early|mid|late)[- ])?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)`,
    ),
    build(m) {
      const tens = [
        'twenties',
        'thirties',
        'forties',
        'fifties',
        'sixties',
        'seventies',
        'eighties',
        'nineties',
      ];
      const i = tens.indexOf((m[2] ?? '').toLowerCase());
      if (i < 0) return null;
      const mod = { early: 'START', mid: 'MID', late: 'END' }[(m[1] ?? '').toLowerCase()];
      return { type: 'DATE', value: `19${i + 2}`, ...(mod ? { mod } : {}) };
    },
  },
  {
    name: 'century',
    pattern: wordPattern(
      `(?:the )?(?:(early|mid|late)[- ])?(\\d{1,2})(?:st|nd|rd|th) century|the (first|second|nineteenth|twentieth|twenty-first) century`,
    ),
    build(m) {
      const words: Record<string, number> = {
        first: 1,
        second: 2,
        nineteenth: 19,
        twentieth: 20,
        'twenty-first': 21,
      };
      const n = m[2] !== undefined ? Number(m[2]) : words[(m[3] ?? '').toLowerCase()];
      if (n === undefined || n < 1) return null;
      const mod = { early: 'START', mid: 'MID', late: 'END' }[(m[1] ?? '').toLowerCase()];
      return { type: 'DATE', value: String(n - 1).padStart(2, '0'), ...(mod ? { mod } : {}) };
    },
  },
];
