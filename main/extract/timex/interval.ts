/**
 * From a TIMEX3 value to the inclusive interval of calendar days it covers, for placing events on a
 * timeline. Only concrete DATE/TIME values have one; durations, sets, PAST_REF/PRESENT_REF/FUTURE_REF
 * and unresolved `XXXX` values give null.
 *
 * Parts of the day (`2018-07-07TMO`) keep day granularity: the timeline has no finer unit than a
 * clock time, and "this morning" is better drawn as the day than as an invented hour.
 */
import type { DateInterval, Granularity, Timex } from '../../common/model';
import type { Day } from './calendar';
import { addDays, compareDays, daysInMonth, formatDay, mondayOfIsoWeek } from './calendar';

interface Span {
  start: Day;
  end: Day;
  granularity: Granularity;
}

const SEASON_MONTHS: Record<string, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 14] };

function monthSpan(year: number, first: number, last: number): { start: Day; end: Day } {
  // Months past 12 roll into the next year (winter: December to February).
  const endYear = year + Math.floor((last - 1) / 12);
  const endMonth = ((last - 1) % 12) + 1;
  return {
    start: { year, month: first, day: 1 },
    end: { year: endYear, month: endMonth, day: daysInMonth(endYear, endMonth) },
  };
}

function parseSpan(value: string): Span | { time: string } | null {
  let m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(value);
  if (m) {
    const hour = m[4] === '24' ? '23' : m[4];
    const minute = m[4] === '24' ? '59' : m[5];
    return { time: `${m[1]}-${m[2]}-${m[3]}T${hour}:${minute}` };
  }
  m = /^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|DT|\d{2}))?$/.exec(value);
  if (m) {
    const day = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
    return { start: day, end: day, granularity: 'day' };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = mondayOfIsoWeek(Number(m[1]), Number(m[2]));
    if (m[3]) return { start: addDays(monday, 5), end: addDays(monday, 6), granularity: 'week' };
    return { start: monday, end: addDays(monday, 6), granularity: 'week' };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    return { ...monthSpan(Number(m[1]), month, month), granularity: 'month' };
  }
  m = /^(\d{4})-(SP|SU|FA|WI)$/.exec(value);
  if (m) {
    const [first, last] = SEASON_MONTHS[m[2] ?? 'SP'] ?? [3, 5];
    return { ...monthSpan(Number(m[1]), first, last), granularity: 'season' };
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const q = Number(m[2]);
    return { ...monthSpan(Number(m[1]), q * 3 - 2, q * 3), granularity: 'quarter' };
  }
  m = /^(\d{4})-H([12])$/.exec(value);
  if (m) {
    const h = Number(m[2]);
    // No half-year granularity in the model: a half is drawn as its two quarters, at quarter level.
    return { ...monthSpan(Number(m[1]), h * 6 - 5, h * 6), granularity: 'quarter' };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { ...monthSpan(Number(m[1]), 1, 12), granularity: 'year' };
  m = /^(\d{3})$/.exec(value);
  if (m) {
    const first = Number(m[1]) * 10;
    return {
      start: { year: first, month: 1, day: 1 },
      end: { year: first + 9, month: 12, day: 31 },
      granularity: 'decade',
    };
  }
  m = /^(\d{2})$/.exec(value);
  if (m) {
    // A century: drawn at decade granularity, the coarsest the model has.
    const first = Number(m[1]) * 100;
    return {
      start: { year: first, month: 1, day: 1 },
      end: { year: first + 99, month: 12, day: 31 },
      granularity: 'decade',
    };
  }
  return null;
}

/** Keeps one third of [start, end]: the first (START), middle (MID) or last (END). */
function narrow(span: Span, mod: string): Span {
  const s = span.start;
  const length = compareDays(span.end, s) + 1;
  const third = Math.max(1, Math.floor(length / 3));
  if (mod === 'START') return { ...span, end: addDays(s, third - 1) };
  if (mod === 'END') return { ...span, start: addDays(span.end, -(third - 1)) };
  const from = addDays(s, third);
  const to = addDays(span.end, -third);
  return compareDays(from, to) <= 0 ? { ...span, start: from, end: to } : span;
}

/**
 * The inclusive interval a DATE or TIME value covers: `2018-06` → June 1–30 at month granularity.
 * APPROX makes it approximate; START/MID/END keep the first/middle/last third, approximately.
 */
export function timexToInterval(timex: Pick<Timex, 'type' | 'value' | 'mod'>): DateInterval | null {
  if (timex.type !== 'DATE' && timex.type !== 'TIME') return null;
  const parsed = parseSpan(timex.value);
  if (parsed === null) return null;
  const mod = timex.mod;
  if ('time' in parsed) {
    return {
      start: parsed.time,
      end: parsed.time,
      granularity: 'time',
      certainty: mod === 'APPROX' ? 'approximate' : 'exact',
    };
  }
  let span = parsed;
  let certainty: DateInterval['certainty'] = 'exact';
  if (mod === 'START' || mod === 'MID' || mod === 'END') {
    span = narrow(span, mod);
    certainty = 'approximate';
  } else if (mod === 'APPROX') certainty = 'approximate';
  else if (mod !== undefined && mod !== 'EQUAL') certainty = 'uncertain';
  return { start: formatDay(span.start), end: formatDay(span.end), granularity: span.granularity, certainty };
}
