/**
 * Axis ticks that adapt to the span: the finest calendar unit (hours up to centuries) giving at
 * most a dozen labelled ticks whose labels fit between their neighbours, plus minor ticks.
 */
import { DAY_MS, MONTH_NAMES } from '../dates';

export interface Tick {
  /** UTC milliseconds. */
  at: number;
  label: string;
}

export interface AxisTicks {
  /** The unit chosen, e.g. `month`, `3 months`, `10 years`. */
  unit: string;
  major: Tick[];
  /** Unlabelled ticks between the major ones. */
  minor: number[];
}

type Step = { kind: 'ms'; size: number } | { kind: 'month'; size: number };

interface TickUnit {
  name: string;
  step: Step;
  minor: Step | null;
  label: (date: Date) => string;
}

const HOUR_MS = 3_600_000;
const SHORT_MONTHS = MONTH_NAMES.map((name) => name.slice(0, 3));

function hourLabel(date: Date): string {
  const time = `${String(date.getUTCHours()).padStart(2, '0')}:${String(date.getUTCMinutes()).padStart(2, '0')}`;
  return date.getUTCHours() === 0 ? `${dayLabel(date)} ${time}` : time;
}

function dayLabel(date: Date): string {
  return `${date.getUTCDate()} ${SHORT_MONTHS[date.getUTCMonth()]}`;
}

function monthLabel(date: Date): string {
  return `${SHORT_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

function yearLabel(date: Date): string {
  return String(date.getUTCFullYear());
}

const ms = (size: number): Step => ({ kind: 'ms', size });
const months = (size: number): Step => ({ kind: 'month', size });

// Finest first. Minor steps divide the major ones so that both align.
const UNITS: TickUnit[] = [
  { name: 'hour', step: ms(HOUR_MS), minor: ms(HOUR_MS / 4), label: hourLabel },
  { name: '3 hours', step: ms(3 * HOUR_MS), minor: ms(HOUR_MS), label: hourLabel },
  { name: '6 hours', step: ms(6 * HOUR_MS), minor: ms(HOUR_MS), label: hourLabel },
  { name: '12 hours', step: ms(12 * HOUR_MS), minor: ms(3 * HOUR_MS), label: hourLabel },
  { name: 'day', step: ms(DAY_MS), minor: ms(6 * HOUR_MS), label: dayLabel },
  { name: '2 days', step: ms(2 * DAY_MS), minor: ms(DAY_MS), label: dayLabel },
  { name: '3 days', step: ms(3 * DAY_MS), minor: ms(DAY_MS), label: dayLabel },
  { name: 'week', step: ms(7 * DAY_MS), minor: ms(DAY_MS), label: dayLabel },
  { name: '2 weeks', step: ms(14 * DAY_MS), minor: ms(DAY_MS), label: dayLabel },
  { name: 'month', step: months(1), minor: ms(7 * DAY_MS), label: monthLabel },
  { name: '2 months', step: months(2), minor: months(1), label: monthLabel },
  {
    name: 'quarter',
    step: months(3),
    minor: months(1),
    label: (d) => `Q${d.getUTCMonth() / 3 + 1} ${yearLabel(d)}`,
  },
  { name: '6 months', step: months(6), minor: months(1), label: monthLabel },
  { name: 'year', step: months(12), minor: months(3), label: yearLabel },
  { name: '2 years', step: months(24), minor: months(12), label: yearLabel },
  { name: '5 years', step: months(60), minor: months(12), label: yearLabel },
  { name: 'decade', step: months(120), minor: months(12), label: (d) => `${yearLabel(d)}s` },
  { name: '20 years', step: months(240), minor: months(120), label: yearLabel },
  { name: '50 years', step: months(600), minor: months(120), label: yearLabel },
  { name: 'century', step: months(1200), minor: months(120), label: yearLabel },
  { name: '5 centuries', step: months(6000), minor: months(1200), label: yearLabel },
];

/** The first step boundary at or after `from`. Weeks start on Mondays, months on the 1st. */
function firstBoundary(from: number, step: Step): number {
  if (step.kind === 'ms') {
    // 1970-01-05 was a Monday: align week steps to it, shorter steps to midnight UTC.
    const origin = step.size % (7 * DAY_MS) === 0 ? 4 * DAY_MS : 0;
    return Math.ceil((from - origin) / step.size) * step.size + origin;
  }
  const date = new Date(from);
  const monthIndex = date.getUTCFullYear() * 12 + date.getUTCMonth();
  let aligned = Math.floor(monthIndex / step.size) * step.size;
  if (monthStart(aligned) < from) aligned += step.size;
  return monthStart(aligned);
}

function monthStart(monthIndex: number): number {
  const date = new Date(0);
  date.setUTCFullYear(Math.floor(monthIndex / 12), ((monthIndex % 12) + 12) % 12, 1);
  date.setUTCHours(0, 0, 0, 0);
  return date.getTime();
}

function next(at: number, step: Step): number {
  if (step.kind === 'ms') return at + step.size;
  const date = new Date(at);
  return monthStart(date.getUTCFullYear() * 12 + date.getUTCMonth() + step.size);
}

function approximateSize(step: Step): number {
  return step.kind === 'ms' ? step.size : step.size * 30.44 * DAY_MS;
}

/** Boundaries of `step` within `[from, to)`, at most `limit` of them (null when over). */
function boundaries(from: number, to: number, step: Step, limit: number): number[] | null {
  const list: number[] = [];
  for (let at = firstBoundary(from, step); at < to; at = next(at, step)) {
    if (list.length >= limit) return null;
    list.push(at);
  }
  return list;
}

/**
 * Ticks for `[from, to)` (UTC ms) on an axis `pixels` wide. `labelWidth` measures a label, so
 * that a unit is only chosen when its labels fit side by side. All ticks lie within the range; the
 * end is exclusive, so a year drawn to 31 December has no "Jan" tick of the next year.
 */
export function computeTicks(
  from: number,
  to: number,
  pixels: number,
  labelWidth: (label: string) => number,
  maxLabelled = 12,
): AxisTicks {
  const span = Math.max(to - from, 1);
  const pxPerMs = pixels / span;
  for (const unit of UNITS) {
    // Skip units that would need far too many ticks before enumerating them.
    if (span / approximateSize(unit.step) > maxLabelled + 1) continue;
    const at = boundaries(from, to, unit.step, maxLabelled);
    if (!at) continue;
    const major = at.map((t) => ({ at: t, label: unit.label(new Date(t)) }));
    const spacing = approximateSize(unit.step) * pxPerMs;
    const widest = Math.max(0, ...major.map((t) => labelWidth(t.label)));
    if (widest + 12 > spacing) continue;
    const minorStep = unit.minor;
    let minor: number[] = [];
    if (minorStep && approximateSize(minorStep) * pxPerMs >= 4) {
      const taken = new Set(at);
      minor = (boundaries(from, to, minorStep, 2000) ?? []).filter((t) => !taken.has(t));
    }
    return { unit: unit.name, major, minor };
  }
  // Beyond five centuries per tick: just mark the two ends.
  return {
    unit: 'range',
    major: [from, to].map((t) => ({ at: t, label: yearLabel(new Date(t)) })),
    minor: [],
  };
}
