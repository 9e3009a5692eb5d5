/**
 * The window a first view opens on: the period the articles were published in, with a margin,
 * so that dates mentioned in passing (a 1953 armistice) do not stretch it.
 */
import { addDays, daysBetween } from '../common/dates';

/** Publication dates are sorted `YYYY-MM-DD`. With none, the last twelve months up to `today`. */
export function initialWindow(publicationDates: string[], today: string): { from: string; to: string } {
  if (publicationDates.length === 0) return { from: addDays(today, -365), to: today };
  // With many articles, a stray one from another decade should not decide the view either:
  // trim the outer 2% on each side.
  const trim = publicationDates.length >= 50 ? Math.floor(publicationDates.length * 0.02) : 0;
  const first = publicationDates[trim] as string;
  const last = publicationDates[publicationDates.length - 1 - trim] as string;
  // News reports what happened days before it is published, and what is planned after.
  const margin = Math.max(10, Math.round(daysBetween(first, last) * 0.08));
  return { from: addDays(first, -margin), to: addDays(last, margin) };
}
