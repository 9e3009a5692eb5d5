/**
 * Splits events into lanes: one lane, or one per status, first actor, or outlet of the first
 * mention. Keeps the chart legible by folding rare actors or outlets into "Other".
 */
import type { LaneMode } from '../../common/api';
import type { ExportDocument, ExportEvent } from '../../common/export-document';
import { EVENT_STATUSES } from '../../common/model';
import { STATUS_LABELS } from './theme';

export interface LaneAssignment {
  /** Lane labels, top to bottom (a single empty label when lanes are off). */
  labels: string[];
  /** Lane index of each event, by event id. */
  laneOf: Map<number, number>;
}

/** Most lanes drawn for actors and outlets; the rest share an "Other" lane. */
export const MAX_LANES = 12;

function keyOf(event: ExportEvent, mode: LaneMode, outletOf: Map<number, string | null>): string {
  switch (mode) {
    case 'status':
      return event.status;
    case 'actor':
      return event.actors[0]?.trim() || 'No actor named';
    case 'source': {
      const first = event.mentions[0];
      return (first && outletOf.get(first.articleId)?.trim()) || 'Unknown outlet';
    }
    default:
      return '';
  }
}

/** Lanes for `events` (already filtered to the drawn range) under `mode`. */
export function assignLanes(doc: ExportDocument, events: ExportEvent[], mode: LaneMode): LaneAssignment {
  const laneOf = new Map<number, number>();
  if (mode === 'none') {
    for (const event of events) laneOf.set(event.id, 0);
    return { labels: [''], laneOf };
  }
  const outletOf = new Map(doc.articles.map((a) => [a.id, a.source]));
  const keys = new Map(events.map((e) => [e.id, keyOf(e, mode, outletOf)]));
  let order: string[];
  if (mode === 'status') {
    const present = new Set(keys.values());
    order = EVENT_STATUSES.filter((s) => present.has(s));
  } else {
    // Busiest lanes first; ties alphabetically, so the order is stable between exports.
    const counts = new Map<string, number>();
    for (const key of keys.values()) counts.set(key, (counts.get(key) ?? 0) + 1);
    order = [...counts.keys()].sort(
      (a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a.localeCompare(b),
    );
    if (order.length > MAX_LANES) order = [...order.slice(0, MAX_LANES - 1), 'Other'];
  }
  const index = new Map(order.map((key, i) => [key, i]));
  const other = index.get('Other') ?? order.length - 1;
  for (const event of events) laneOf.set(event.id, index.get(keys.get(event.id) ?? '') ?? other);
  const labels = mode === 'status' ? order.map((s) => STATUS_LABELS[s as keyof typeof STATUS_LABELS]) : order;
  return { labels, laneOf };
}
