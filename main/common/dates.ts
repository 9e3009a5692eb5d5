/**
 * ISO date arithmetic on plain strings, in UTC. Dates are `YYYY-MM-DD`; times `YYYY-MM-DDTHH:MM`.
 * Calendar dates carry no zone: treating them as UTC days keeps every machine's answer the same.
 */

export const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const DATE_PATTERN = /^(-?\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME_PATTERN = /^(-?\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;

/** Whether `value` is a real calendar date `YYYY-MM-DD` (rejects 2018-02-30). */
export function isIsoDate(value: string): boolean {
  return parseIsoDate(value) !== null;
}

/** Whether `value` is a real date `YYYY-MM-DD` or date-time `YYYY-MM-DDTHH:MM[:SS]`. */
export function isIsoDateOrTime(value: string): boolean {
  return toStartMs(value) !== null;
}

/** Milliseconds since 1970 of a date's midnight, or null when it is not a real date. */
export function parseIsoDate(value: string): number | null {
  const match = DATE_PATTERN.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validUtc(year, month, day, 0, 0, 0);
}

/** Milliseconds of the first instant of a date or date-time, or null when invalid. */
export function toStartMs(value: string): number | null {
  const date = parseIsoDate(value);
  if (date !== null) return date;
  const match = DATE_TIME_PATTERN.exec(value);
  if (!match) return null;
  const parts = match.slice(1, 7).map((part) => Number(part ?? 0));
  const [year, month, day, hour, minute, second] = parts as [number, number, number, number, number, number];
  if (hour > 23 || minute > 59 || second > 59) return null;
  return validUtc(year, month, day, hour, minute, second);
}

/** Milliseconds of the instant after an inclusive end: the next midnight for a date, the next minute for a time. */
export function toEndMs(value: string): number | null {
  const start = toStartMs(value);
  if (start === null) return null;
  return value.includes('T') ? start + MINUTE_MS : start + DAY_MS;
}

/** The `YYYY-MM-DD` of an instant. */
export function formatIsoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` date. */
export function addDays(date: string, days: number): string {
  const ms = parseIsoDate(date);
  if (ms === null) throw new RangeError(`Not a date: ${date}`);
  return formatIsoDate(ms + days * DAY_MS);
}

/** Whole days from `a` to `b` (both `YYYY-MM-DD`). */
export function daysBetween(a: string, b: string): number {
  const from = parseIsoDate(a);
  const to = parseIsoDate(b);
  if (from === null || to === null) throw new RangeError(`Not a date: ${from === null ? a : b}`);
  return Math.round((to - from) / DAY_MS);
}

function validUtc(year: number, month: number, day: number, hour: number, minute: number, second: number) {
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  date.setUTCHours(hour, minute, second, 0);
  // Date rolls 2018-02-30 over to March; a rollover means the date does not exist.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  return date.getTime();
}
