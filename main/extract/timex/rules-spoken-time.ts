/**
 * Clock times as they are spoken, mostly in broadcast transcripts: "ten past one this morning",
 * "half past six", "a quarter to nine", "at seven-forty", "it's seven forty-six". A following part
 * of the day says a.m. or p.m.; without one the hour stays as said, as for "10 o'clock". The day
 * is the document's: a broadcast tells the time of its own day.
 */
import { formatDay } from './calendar';
import { parseNumber } from './numbers';
import type { Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

const HOUR = '(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const UNITS = '(?:one|two|three|four|five|six|seven|eight|nine)';
/** Minutes said after the hour: "forty", "forty-six", "fifteen", "oh-five". */
const MINUTES = `(?:(?:twenty|thirty|forty|fifty)(?:[- ]${UNITS})?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|oh[- ]${UNITS})`;
/** Minutes said before the hour: "ten past one", "twenty to nine", "a quarter past six". */
const BEFORE_HOUR = '(?:half|a quarter|quarter|five|ten|twenty|twenty[- ]five)';
const PART = '(?: (?:in the|this) (morning|afternoon|evening)| (tonight))?';
// Without "past" or "to" a spoken time ("seven-forty") needs a word that introduces a time.
const INTRODUCED = /\b(?:at|by|until|till|around|about|before|after|it['’]s|it is|since)\s+$/i;

/** "half" 30, "a quarter" 15, "forty-six" 46, "oh-five" 5. */
function spokenMinutes(words: string): number | null {
  const lower = words.toLowerCase();
  if (lower === 'half') return 30;
  if (/quarter$/.test(lower)) return 15;
  let total = 0;
  for (const part of lower.replace(/^oh[- ]/, '').split(/[- ]/)) {
    const n = parseNumber(part);
    if (n === null) return null;
    total += n;
  }
  return total;
}

function introduced(ctx: RuleContext): boolean {
  return INTRODUCED.test(ctx.text.slice(Math.max(0, ctx.start - 10), ctx.start));
}

/** The hour on a 24-hour clock: after noon for the afternoon, the evening and tonight. */
function hourOfDay(hour: number, part: string | undefined, tonight: boolean): number {
  const lower = part?.toLowerCase();
  if (tonight || lower === 'afternoon' || lower === 'evening') return hour < 12 ? hour + 12 : hour;
  if (lower === 'morning' && hour === 12) return 0;
  return hour;
}

function timeValue(ctx: RuleContext, hour: number, minute: number): string {
  return `${formatDay(ctx.dct)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

export const SPOKEN_TIME_RULES: Rule[] = [
  {
    name: 'spoken-time-past-to',
    pattern: wordPattern(`(${BEFORE_HOUR}) (past|after|to|before) (${HOUR})${PART}`),
    build(m, ctx) {
      const minutes = spokenMinutes(m[1] ?? '');
      const said = parseNumber(m[3] ?? '');
      const relation = (m[2] ?? '').toLowerCase();
      if (minutes === null || said === null) return null;
      // "ten to one" is as often odds or a score: it is a time where a time is expected, before a
      // part of the day, or as "half past" or "a quarter to".
      const partSaid = m[4] !== undefined || m[5] !== undefined;
      if (!introduced(ctx) && !partSaid && !/half|quarter/i.test(m[1] ?? '')) return null;
      const back = relation === 'to' || relation === 'before';
      const hour = back ? (said === 1 ? 12 : said - 1) : said;
      const minute = back ? 60 - minutes : minutes;
      const value = timeValue(ctx, hourOfDay(hour, m[4], m[5] !== undefined), minute);
      return { type: 'TIME', value, anchor: ctx.dct };
    },
  },
  {
    name: 'spoken-time-hour-minutes',
    pattern: wordPattern(`(${HOUR})[- ](${MINUTES})${PART}`),
    build(m, ctx) {
      if (!introduced(ctx)) return null;
      const hour = parseNumber(m[1] ?? '');
      const minute = spokenMinutes(m[2] ?? '');
      if (hour === null || minute === null || minute < 1 || minute > 59) return null;
      // "they play again tonight at seven-oh-five": tonight said just before counts too.
      const tonight =
        m[4] !== undefined || /\btonight\b/i.test(ctx.text.slice(Math.max(0, ctx.start - 30), ctx.start));
      const value = timeValue(ctx, hourOfDay(hour, m[3], tonight), minute);
      return { type: 'TIME', value, anchor: ctx.dct };
    },
  },
];
