/**
 * The temporal tagger: finds TimeML TIMEX3 expressions (DATE, TIME, DURATION, SET) in plain text and
 * normalizes them against the document creation time (DCT).
 *
 * How it works: every rule's regex proposes spans; the longest span wins where spans overlap (the
 * earlier rule on ties); winners are normalized left to right so that a relative expression can
 * lean on the date the narrative last moved to ("a year earlier" after "the third quarter").
 */
import type { Timex } from '../../common/model';
import type { Day } from './calendar';
import { compareDays, formatDay, parseDay } from './calendar';
import { applyModifiers } from './modifiers';
import type { Rule, RuleContext } from './rule';
import { ABSOLUTE_RULES } from './rules-absolute';
import { DURATION_RULES } from './rules-duration';
import { HOLIDAY_RULES } from './rules-holiday';
import { PERIOD_RULES } from './rules-period';
import { RANGE_RULES } from './rules-range';
import { RELATIVE_RULES } from './rules-relative';
import { SEASON_RULES } from './rules-season';
import { SPOKEN_TIME_RULES } from './rules-spoken-time';
import { TIME_RULES } from './rules-time';
import { tenseAround } from './tense';

export { timexToInterval } from './interval';

/** All rules, in priority order for spans of equal length. */
const RULES: Rule[] = [
  ...RANGE_RULES,
  ...ABSOLUTE_RULES,
  ...HOLIDAY_RULES,
  ...TIME_RULES,
  ...SPOKEN_TIME_RULES,
  ...RELATIVE_RULES,
  ...SEASON_RULES,
  ...PERIOD_RULES,
  ...DURATION_RULES,
];

interface Candidate {
  start: number;
  end: number;
  priority: number;
  rule: Rule;
  match: RegExpExecArray;
}

function collect(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  RULES.forEach((rule, priority) => {
    const pattern = rule.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      if (m[0].length === 0) {
        pattern.lastIndex++;
        continue;
      }
      candidates.push({ start: m.index, end: m.index + m[0].length, priority, rule, match: m });
    }
  });
  // Leftmost first, then longest, then the rule listed first.
  candidates.sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start) || a.priority - b.priority,
  );
  return candidates;
}

// What joins the two ends of a range: "Sunday to Tuesday", "Monday through Friday", "Monday-Wednesday".
const RANGE_JOINT = /^\s*,?\s*(?:to|until|till|through|thru|-|–|—)\s*$/i;

/** The day of the previous expression when `start` continues a range from it, else null. */
function rangeStartBefore(text: string, previous: Timex | undefined, start: number): Day | null {
  if (previous === undefined || previous.type === 'DURATION' || previous.type === 'SET') return null;
  if (start - previous.end > 12 || !RANGE_JOINT.test(text.slice(previous.end, start))) return null;
  return parseDay(previous.value.slice(0, 10));
}

/** See RuleContext.eraDay. */
function eraDayBefore(previous: Timex | undefined, start: number, dct: Day): Day | null {
  if (previous === undefined || previous.anchor !== undefined || previous.type === 'DURATION') return null;
  if (previous.type === 'SET' || start - previous.end > 250) return null;
  const day = parseDay(previous.value.slice(0, 10));
  if (day === null) return null;
  return compareDays(dct, day) > 366 ? day : null;
}

/** Whether a DATE value names a concrete calendar period the narrative can move to. */
function isConcrete(value: string): boolean {
  return /^\d{4}(?:-|$)/.test(value);
}

/**
 * Tags the temporal expressions of `source`, resolving relative ones against `dct`
 * (`YYYY-MM-DD` or `YYYY-MM-DDTHH:MM`). Returns them sorted by start, without overlaps.
 */
export function tagTimexes(source: string, dct: string): Timex[] {
  const dctDay: Day | null = parseDay(dct);
  if (dctDay === null) throw new Error(`tagTimexes: DCT must be YYYY-MM-DD, got "${dct}"`);
  // AP chronologies open entries with an underscore ("_Jan. 26, 1841: …"), which regular
  // expressions count as a word character. The rules read the text with underscores as spaces
  // (same length, so offsets hold); the timexes quote the text as given.
  const text = source.includes('_') ? source.replace(/_/g, ' ') : source;
  const candidates = collect(text);
  const result: Timex[] = [];
  let floor = 0;
  let lastValue: string | null = null;
  let reportValue: string | null = null;
  // Candidates are sorted by start: one pass keeps the first that builds and does not overlap.
  // A longer candidate starting later than an accepted shorter one loses; that is rare and keeps
  // the pass linear.
  let i = 0;
  while (i < candidates.length) {
    const c = candidates[i++] as Candidate;
    if (c.start < floor) continue;
    const ctx: RuleContext = {
      text,
      dct: dctDay,
      lastValue,
      reportValue,
      rangeFrom: rangeStartBefore(text, result[result.length - 1], c.start),
      eraDay: eraDayBefore(result[result.length - 1], c.start, dctDay),
      start: c.start,
      end: c.end,
      tense: () => tenseAround(text, c.start, c.end),
    };
    const draft = c.rule.build(c.match, ctx);
    if (draft === null) continue;
    let start = c.start + (draft.trimStart ?? 0);
    let end = c.end - (draft.trimEnd ?? 0);
    // "7:30 p.m. on Sunday": "on" is a signal between two expressions. The time keeps the day in
    // its value, and the day is tagged on its own.
    const signal = draft.type === 'TIME' ? /\s+on\s+\S/.exec(text.slice(start, end)) : null;
    if (signal !== null) end = start + signal.index;
    const modded = applyModifiers(text, start, end, draft.type, floor);
    start = modded.start;
    end = modded.end;
    const timex: Timex = { start, end, text: source.slice(start, end), type: draft.type, value: draft.value };
    const mod = draft.mod ?? modded.mod;
    if (mod !== undefined) timex.mod = mod;
    if (draft.anchor !== undefined) timex.anchor = formatDay(draft.anchor);
    result.push(timex);
    floor = end;
    if (reportValue === null && draft.type === 'DATE' && /^\d{4}-Q\d$/.test(draft.value)) {
      reportValue = draft.value;
    }
    if (draft.keepReference === true) continue;
    // "Friday's semifinal" names an event by its day; the story does not move to that day.
    if (/^['’]s\b/.test(text.slice(end, end + 3)) && /day$/i.test(timex.text)) continue;
    // "its steepest fall since 2007": a span running up to now, not a move of the story to 2007.
    if (/\bsince\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (draft.type === 'DATE' && isConcrete(draft.value)) lastValue = draft.value;
    else if (draft.type === 'TIME' && isConcrete(draft.value)) lastValue = draft.value.slice(0, 10);
  }
  return result;
}
