/**
 * Dates as the exporters need them: ISO strings of the export document turned into UTC
 * milliseconds (the strings carry no zone, so UTC is just a neutral clock), and short human forms.
 */
import type { ExportEvent } from '../common/export-document';
import { DAY_MS, formatIsoDate, toEndMs, toStartMs } from '../common/dates';
import { formatInterval } from '../common/format-date';

export { DAY_MS } from '../common/dates';
export { MONTH_NAMES } from '../common/format-date';

/** True when `iso` carries a time of day (`YYYY-MM-DDTHH:MM`). */
export function hasTime(iso: string): boolean {
  return /^-?\d{4,}-\d{2}-\d{2}[T ]\d{2}:\d{2}/u.test(iso);
}

/** UTC milliseconds of an ISO date or date-time without zone; throws on anything else. */
export function toMs(iso: string): number {
  const ms = toStartMs(iso);
  if (ms === null) throw new Error(`Not an ISO date: "${iso}"`);
  return ms;
}

/** `YYYY-MM-DD` of UTC milliseconds. */
export const toIsoDay = formatIsoDate;

/** The end of an inclusive bound as an exclusive instant: a bare date means its whole day. */
export function exclusiveEnd(iso: string): number {
  const ms = toEndMs(iso);
  if (ms === null) throw new Error(`Not an ISO date: "${iso}"`);
  return ms;
}

/** Where an event sits in time: `[start, end)` in UTC ms, and whether it is drawn as a point. */
export interface EventSpan {
  start: number;
  end: number;
  point: boolean;
}

/**
 * An event's span. Day-or-finer single dates are points; multi-day days and every coarser
 * granularity (week, month, season…) are bars over the whole interval, `end` included.
 */
export function eventSpan(event: Pick<ExportEvent, 'start' | 'end' | 'granularity'>): EventSpan {
  const start = toMs(event.start);
  const point =
    event.granularity === 'time' ||
    (event.granularity === 'day' && toIsoDay(start) === event.end.slice(0, 10));
  if (point) {
    // A single day is drawn at its middle, so that it sits between the day ticks it belongs to.
    const at = hasTime(event.start) ? start : start + DAY_MS / 2;
    return { start: at, end: at, point: true };
  }
  return { start, end: Math.max(exclusiveEnd(event.end), start + 1), point: false };
}

/**
 * The drawn window in words: "June – September 2018" when it runs over whole months, else
 * "1 June – 15 September 2018" (or with times), worded by the shared formatter.
 */
export function formatWindow(from: string, to: string): string {
  const start = new Date(toMs(from));
  const end = new Date(toMs(to));
  const wholeMonths =
    !hasTime(from) &&
    !hasTime(to) &&
    start.getUTCDate() === 1 &&
    new Date(end.getTime() + DAY_MS).getUTCDate() === 1;
  const granularity = hasTime(from) || hasTime(to) ? 'time' : wholeMonths ? 'month' : 'day';
  return formatInterval({ start: from, end: to, granularity, certainty: 'exact' });
}
