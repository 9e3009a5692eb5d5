/**
 * The visible window and its arithmetic, in UTC milliseconds (calendar dates carry no zone; the
 * timeline is drawn in UTC too, so "12 June" is the same day on every machine).
 */
import type { EventSummary } from '../../../main/common/api';
import { formatIsoDate, toEndMs, toStartMs } from '../../../main/common/dates';

export interface TimeWindow {
  /** First visible instant. */
  start: number;
  /** Instant just past the visible window. */
  end: number;
}

const DAY_MS = 86_400_000;
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "12 Jun 2018" for an instant, in UTC. */
export function formatShortDate(ms: number): string {
  const date = new Date(ms);
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** "12 Jun 2018 – 30 Sep 2018": the first and last visible days. */
export function formatWindow(window: TimeWindow): string {
  // The end is exclusive; step back a millisecond so a window ending at midnight names the last day shown.
  return `${formatShortDate(window.start)} – ${formatShortDate(Math.max(window.start, window.end - 1))}`;
}

/** The window from ISO dates (the `to` day included). */
export function windowFromDates(from: string, to: string): TimeWindow {
  const start = toStartMs(from) ?? Date.UTC(2018, 0, 1);
  const end = toEndMs(to) ?? start + 30 * DAY_MS;
  return { start, end: Math.max(end, start + DAY_MS) };
}

/**
 * The ISO dates to ask the service for: the window widened by `margin` (a fraction of its width)
 * on each side, so a small pan draws at once from what is already loaded.
 */
export function queryDates(window: TimeWindow, margin: number): { from: string; to: string } {
  const width = window.end - window.start;
  const from = window.start - width * margin;
  const to = window.end + width * margin;
  return { from: formatIsoDate(from), to: formatIsoDate(to + DAY_MS) };
}

/** Whether `inner` lies wholly within `outer`. */
export function covers(outer: TimeWindow, inner: TimeWindow): boolean {
  return outer.start <= inner.start && outer.end >= inner.end;
}

/** The window zoomed about its centre: factor < 1 zooms in, > 1 zooms out. */
export function zoomWindow(window: TimeWindow, factor: number): TimeWindow {
  const centre = (window.start + window.end) / 2;
  // Never narrower than an hour, never wider than five centuries: beyond both the axis is meaningless.
  const half = Math.min(Math.max(((window.end - window.start) * factor) / 2, 1_800_000), 250 * 365 * DAY_MS);
  return { start: Math.round(centre - half), end: Math.round(centre + half) };
}

/** The window moved by a fraction of its width (negative: earlier). */
export function panWindow(window: TimeWindow, fraction: number): TimeWindow {
  const shift = Math.round((window.end - window.start) * fraction);
  return { start: window.start + shift, end: window.end + shift };
}

/** An event's drawn span: start instant and exclusive end (inclusive ISO end + one day or minute). */
export function eventSpan(event: Pick<EventSummary, 'start' | 'end'>): TimeWindow {
  const start = toStartMs(event.start) ?? 0;
  const end = toEndMs(event.end) ?? start + DAY_MS;
  return { start, end: Math.max(end, start + 1) };
}

/** Whether an event is drawn as a point (a day or finer) rather than a range. */
export function isPointEvent(event: Pick<EventSummary, 'granularity' | 'start' | 'end'>): boolean {
  if (event.granularity === 'time') return true;
  return event.granularity === 'day' && event.start === event.end;
}

/** Whether two windows overlap. */
export function overlaps(a: TimeWindow, b: TimeWindow): boolean {
  return a.start < b.end && b.start < a.end;
}

/** The `YYYY-MM-DD` of an instant (UTC). */
export function isoDay(ms: number): string {
  return formatIsoDate(ms);
}
