/**
 * Human-friendly wording of dates and intervals ("12 June 2018", "6–7 July 2018", "autumn 2018").
 * Pure: shared by extraction (derivations), the renderer and the exporters, so every surface words
 * a date the same way. Day-first English, unambiguous for an international readership.
 */
import type { DateInterval } from './model';

/** English month names, January first. */
export const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

interface Parts {
  year: number;
  month: number;
  day: number;
  time: string | null;
}

function parts(iso: string): Parts | null {
  const match = /^(-?\d{4})-(\d{2})-(\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  if (!match) return null;
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), time: match[4] ?? null };
}

function monthName(month: number): string {
  return MONTH_NAMES[month - 1] ?? String(month);
}

/** "7 July 2018" for `2018-07-07`; the input unchanged when it is not an ISO date. */
export function formatDay(iso: string): string {
  const p = parts(iso);
  if (!p) return iso;
  return `${p.day} ${monthName(p.month)} ${p.year}`;
}

/** "July 2018" for `2018-07` or any date in that month. */
export function formatMonth(iso: string): string {
  const p = parts(iso.length === 7 ? `${iso}-01` : iso);
  if (!p) return iso;
  return `${monthName(p.month)} ${p.year}`;
}

function dayRange(a: Parts, b: Parts): string {
  if (a.year === b.year && a.month === b.month) {
    return a.day === b.day
      ? `${a.day} ${monthName(a.month)} ${a.year}`
      : `${a.day}–${b.day} ${monthName(a.month)} ${a.year}`;
  }
  if (a.year === b.year) return `${a.day} ${monthName(a.month)} – ${b.day} ${monthName(b.month)} ${a.year}`;
  return `${a.day} ${monthName(a.month)} ${a.year} – ${b.day} ${monthName(b.month)} ${b.year}`;
}

function monthRange(a: Parts, b: Parts): string {
  if (a.year === b.year && a.month === b.month) return `${monthName(a.month)} ${a.year}`;
  if (a.year === b.year) return `${monthName(a.month)}–${monthName(b.month)} ${a.year}`;
  return `${monthName(a.month)} ${a.year} – ${monthName(b.month)} ${b.year}`;
}

function seasonName(start: Parts, end: Parts): string {
  // Meteorological seasons (northern hemisphere), the convention news text uses.
  const byMonth = [
    'winter',
    'winter',
    'spring',
    'spring',
    'spring',
    'summer',
    'summer',
    'summer',
    'autumn',
    'autumn',
    'autumn',
    'winter',
  ];
  const name = byMonth[start.month - 1] ?? 'season';
  if (name === 'winter' && end.year !== start.year)
    return `winter ${start.year}–${String(end.year).slice(-2)}`;
  return `${name} ${start.year}`;
}

/**
 * Words an interval at its own granularity: "12 June 2018", "6–7 July 2018", "week of 2 July 2018",
 * "June 2018", "autumn 2018", "Q3 2018", "2018", "2010s", "7 July 2018, 10:00". With
 * `withCertainty`, approximate dates read "around …" and uncertain ones "possibly …".
 */
export function formatInterval(interval: DateInterval, options: { withCertainty?: boolean } = {}): string {
  const text = formatBare(interval);
  if (!options.withCertainty) return text;
  if (interval.certainty === 'approximate') return `around ${text}`;
  if (interval.certainty === 'uncertain') return `possibly ${text}`;
  return text;
}

function formatBare(interval: DateInterval): string {
  const a = parts(interval.start);
  const b = parts(interval.end);
  if (!a || !b)
    return interval.start === interval.end ? interval.start : `${interval.start} – ${interval.end}`;
  switch (interval.granularity) {
    case 'time': {
      const startText = `${a.day} ${monthName(a.month)} ${a.year}${a.time ? `, ${a.time}` : ''}`;
      if (interval.start === interval.end) return startText;
      if (a.year === b.year && a.month === b.month && a.day === b.day && b.time)
        return `${startText}–${b.time}`;
      return `${startText} – ${b.day} ${monthName(b.month)} ${b.year}${b.time ? `, ${b.time}` : ''}`;
    }
    case 'day':
      return dayRange(a, b);
    case 'week':
      return `week of ${a.day} ${monthName(a.month)} ${a.year}`;
    case 'month':
      return monthRange(a, b);
    case 'season':
      return seasonName(a, b);
    case 'quarter':
      return `Q${Math.floor((a.month - 1) / 3) + 1} ${a.year}`;
    case 'year':
      return a.year === b.year ? String(a.year) : `${a.year}–${b.year}`;
    case 'decade':
      return `${Math.floor(a.year / 10) * 10}s`;
  }
}
