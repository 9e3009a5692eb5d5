/**
 * Turns the service's answer into vis-timeline items and lanes. Labels are DOM nodes filled with
 * textContent: vis-timeline would put a string through innerHTML, and titles come from articles.
 */
import type { EventBucket, EventSummary, EventWindow, LaneMode } from '../../../main/common/api';
import { toEndMs, toStartMs } from '../../../main/common/dates';
import { eventSpan, isPointEvent } from '../state/time-window';

export interface TimelineItem {
  id: number | string;
  content: HTMLElement;
  start: number;
  end?: number;
  type: 'box' | 'point' | 'range' | 'background';
  className: string;
  group?: string;
  selectable?: boolean;
}

export interface TimelineGroup {
  id: string;
  content: HTMLElement;
  order: number;
}

/** The lane of events without an actor or outlet (vis-timeline treats an empty id as no lane). */
const NO_LANE = '__none__';
const STATUS_LANES = ['occurred', 'scheduled', 'possible', 'cancelled'];
const STATUS_NAMES: Record<string, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  possible: 'Possible',
  cancelled: 'Cancelled',
};

/** The lane an event belongs to, or undefined without lanes. */
export function laneOf(event: EventSummary, mode: LaneMode): string | undefined {
  switch (mode) {
    case 'none':
      return undefined;
    case 'status':
      return event.status;
    case 'actor':
      return event.actors[0] ?? NO_LANE;
    case 'source':
      return event.sources[0] ?? NO_LANE;
  }
}

/** The label shown for a lane id. */
export function laneName(id: string, mode: LaneMode): string {
  if (mode === 'status') return STATUS_NAMES[id] ?? id;
  if (id === NO_LANE) return mode === 'actor' ? 'No named actor' : 'Unknown source';
  return id;
}

/** A bucket's id, which the click handler recognises to zoom into it. */
export function bucketId(bucket: EventBucket): string {
  return `bucket:${bucket.start}:${bucket.end}`;
}

/** The span of a bucket from its id, or null for an event id. */
export function bucketSpan(id: string | number): { start: number; end: number } | null {
  if (typeof id !== 'string' || !id.startsWith('bucket:')) return null;
  const [, start = '', end = ''] = id.split(':');
  const from = toStartMs(start);
  const to = toEndMs(end);
  return from === null || to === null ? null : { start: from, end: to };
}

function eventLabel(doc: Document, event: EventSummary): HTMLElement {
  const label = doc.createElement('span');
  label.className = 'event-label';
  const title = doc.createElement('span');
  title.className = 'event-title';
  title.textContent = event.title;
  label.append(title);
  // A native tooltip (never vis-timeline's HTML one): the full title when the label is cut short.
  label.title = event.title;
  if (event.certainty !== 'exact') {
    // A glyph as well as the border style, so the difference survives greyscale and colour blindness.
    const mark = doc.createElement('span');
    mark.className = 'certainty-mark';
    mark.textContent = event.certainty === 'approximate' ? '≈' : '?';
    mark.setAttribute('aria-hidden', 'true');
    label.prepend(mark);
  }
  label.setAttribute('data-event-id', String(event.id));
  return label;
}

function bucketLabel(doc: Document, bucket: EventBucket, max: number): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'bucket-label';
  const bar = doc.createElement('span');
  bar.className = 'bucket-bar';
  // Square root: a bucket of 400 next to one of 4 should still show the small one.
  bar.style.height = `${Math.round(8 + 172 * Math.sqrt(bucket.count / Math.max(max, 1)))}px`;
  const label = `${bucket.count} event${bucket.count === 1 ? '' : 's'} — zoom in`;
  // The count shows above the bar; the rest of the words stay for screen readers and the tooltip,
  // since a month-wide bar has no room for them.
  const text = doc.createElement('span');
  text.className = 'bucket-text';
  const count = doc.createElement('span');
  count.className = 'bucket-count';
  count.textContent = String(bucket.count);
  const hint = doc.createElement('span');
  hint.className = 'visually-hidden';
  hint.textContent = label.slice(String(bucket.count).length);
  text.append(count, hint);
  box.title = label;
  box.append(text, bar);
  return box;
}

/** The items to draw for an answer: events (with their lane), or the count buckets when aggregated. */
export function buildItems(doc: Document, answer: EventWindow, lanes: LaneMode): TimelineItem[] {
  if (answer.aggregated) {
    const max = Math.max(1, ...answer.buckets.map((bucket) => bucket.count));
    return answer.buckets.map((bucket) => ({
      id: bucketId(bucket),
      content: bucketLabel(doc, bucket, max),
      start: toStartMs(bucket.start) ?? 0,
      end: toEndMs(bucket.end) ?? 0,
      type: 'range',
      className: 'bucket',
    }));
  }
  return answer.events.map((event) => {
    const span = eventSpan(event);
    const point = isPointEvent(event);
    const group = laneOf(event, lanes);
    return {
      id: event.id,
      content: eventLabel(doc, event),
      start: span.start,
      ...(point ? {} : { end: span.end }),
      type: point ? 'box' : 'range',
      className: `event status-${event.status} certainty-${event.certainty} granularity-${event.granularity}`,
      ...(group === undefined ? {} : { group }),
    };
  });
}

/** The lanes for the drawn events, in a stable order (status order, else by name, unnamed last). */
export function buildGroups(doc: Document, answer: EventWindow, lanes: LaneMode): TimelineGroup[] | null {
  if (lanes === 'none' || answer.aggregated) return null;
  const ids = new Set(answer.events.map((event) => laneOf(event, lanes) ?? NO_LANE));
  const ordered = [...ids].sort((a, b) => {
    if (lanes === 'status') return STATUS_LANES.indexOf(a) - STATUS_LANES.indexOf(b);
    if (a === NO_LANE || b === NO_LANE) return a === NO_LANE ? 1 : -1;
    return a.localeCompare(b);
  });
  return ordered.map((id, order) => {
    const content = doc.createElement('span');
    content.className = 'lane-label';
    content.textContent = laneName(id, lanes);
    return { id, content, order };
  });
}
