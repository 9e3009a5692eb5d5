/**
 * Calendar arithmetic on plain year/month/day triples (UTC, no time zones): the tagger only ever
 * reasons about civil dates, and Date objects in local time would shift days around midnight.
 */

/** A civil date. Months are 1–12. */
export interface Day {
  year: number;
  month: number;
  day: number;
}

/** Parses `YYYY-MM-DD` (anything after the day, such as `THH:MM`, is ignored). */
export function parseDay(iso: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  if (!m) return null;
  return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

export function formatYear(year: number): string {
  return pad(year, 4);
}

export function formatMonth(year: number, month: number): string {
  return `${formatYear(year)}-${pad(month, 2)}`;
}

export function formatDay(d: Day): string {
  return `${formatMonth(d.year, d.month)}-${pad(d.day, 2)}`;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function toEpochDays(d: Day): number {
  return Math.round(Date.UTC(d.year, d.month - 1, d.day) / 86_400_000);
}

function fromEpochDays(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

export function addDays(d: Day, n: number): Day {
  return fromEpochDays(toEpochDays(d) + n);
}

/** Adds months, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28). */
export function addMonths(d: Day, n: number): Day {
  const index = d.year * 12 + (d.month - 1) + n;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(d.day, daysInMonth(year, month)) };
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(d: Day): number {
  const w = new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return w === 0 ? 7 : w;
}

/** The ISO 8601 week-numbering year and week of a date. */
export function isoWeek(d: Day): { year: number; week: number } {
  // The Thursday of this week decides the week-year.
  const thursday = addDays(d, 4 - isoWeekday(d));
  const jan1 = { year: thursday.year, month: 1, day: 1 };
  const week = Math.floor((toEpochDays(thursday) - toEpochDays(jan1)) / 7) + 1;
  return { year: thursday.year, week };
}

export function formatWeek(d: Day): string {
  const { year, week } = isoWeek(d);
  return `${formatYear(year)}-W${pad(week, 2)}`;
}

/** The Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Day {
  const jan4 = { year, month: 1, day: 4 };
  const mondayWeek1 = addDays(jan4, 1 - isoWeekday(jan4));
  return addDays(mondayWeek1, (week - 1) * 7);
}

export function quarterOf(month: number): number {
  return Math.floor((month - 1) / 3) + 1;
}

export function compareDays(a: Day, b: Day): number {
  return toEpochDays(a) - toEpochDays(b);
}
