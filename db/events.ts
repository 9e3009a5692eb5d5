/**
 * Queries on the events table: storing, correcting, and finding events overlapping a window.
 */
import { toEndMs, toStartMs } from '../main/common/dates';
import type { Certainty, EventOrigin, EventStatus, Granularity } from '../main/common/model';
import type { Db } from './connection';
import { statement } from './statements';

export interface NewEvent {
  title: string;
  description: string;
  start: string;
  end: string;
  granularity: Granularity;
  certainty: Certainty;
  status: EventStatus;
  origin: EventOrigin;
}

export interface EventRow extends NewEvent {
  id: number;
  startMs: number;
  endMs: number;
  createdAt: string;
  updatedAt: string;
}

/** Window and filters for the range queries. Lists are null when they do not filter. */
export interface EventFilter {
  fromMs: number;
  toMs: number;
  statuses: EventStatus[] | null;
  certainties: Certainty[] | null;
  sources: string[] | null;
  /** FTS5 query: keeps events matching it, or mentioned in articles matching it. */
  search: string | null;
  articleId: number | null;
}

const EVENT_COLUMNS = `e.id, e.title, e.description, e.start, e."end", e.start_ms AS startMs, e.end_ms AS endMs,
  e.granularity, e.certainty, e.status, e.origin, e.created_at AS createdAt, e.updated_at AS updatedAt`;

// The R*Tree narrows to candidates (its 32-bit bounds are rounded outwards, so never too few);
// the exact comparison on events then removes the few extra. CROSS JOIN keeps the R*Tree as
// the outer loop: left alone, the planner prefers a start_ms index that bounds only one end.
const MATCHING_EVENTS = `
  FROM events_span s CROSS JOIN events e ON e.id = s.id
  WHERE s.start_ms < @toMs AND s.end_ms > @fromMs
    AND e.start_ms < @toMs AND e.end_ms > @fromMs
    AND (@statuses IS NULL OR e.status IN (SELECT value FROM json_each(@statuses)))
    AND (@certainties IS NULL OR e.certainty IN (SELECT value FROM json_each(@certainties)))
    AND (@sources IS NULL OR EXISTS (
      SELECT 1 FROM mentions m JOIN articles a ON a.id = m.article_id
      WHERE m.event_id = e.id AND a.source IN (SELECT value FROM json_each(@sources))))
    AND (@articleId IS NULL OR EXISTS (
      SELECT 1 FROM mentions m WHERE m.event_id = e.id AND m.article_id = @articleId))
    AND (@search IS NULL
      OR e.id IN (SELECT rowid FROM events_fts WHERE events_fts MATCH @search)
      OR EXISTS (SELECT 1 FROM mentions m WHERE m.event_id = e.id
        AND m.article_id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @search)))`;

/** The SQL of the window query, exported so a test can assert its query plan. */
export const EVENTS_IN_RANGE_SQL = `SELECT ${EVENT_COLUMNS} ${MATCHING_EVENTS} ORDER BY e.start_ms, e.id LIMIT @limit`;

function bindFilter(filter: EventFilter) {
  return {
    fromMs: filter.fromMs,
    toMs: filter.toMs,
    statuses: filter.statuses ? JSON.stringify(filter.statuses) : null,
    certainties: filter.certainties ? JSON.stringify(filter.certainties) : null,
    sources: filter.sources ? JSON.stringify(filter.sources) : null,
    search: filter.search,
    articleId: filter.articleId,
  };
}

function intervalMs(start: string, end: string): { startMs: number; endMs: number } {
  const startMs = toStartMs(start);
  const endMs = toEndMs(end);
  if (startMs === null) throw new RangeError(`Not a valid date: ${start}`);
  if (endMs === null) throw new RangeError(`Not a valid date: ${end}`);
  if (endMs <= startMs) throw new RangeError(`An event cannot end (${end}) before it starts (${start})`);
  return { startMs, endMs };
}

/** Stores an event and returns its id. Throws a RangeError for impossible dates. */
export function insertEvent(db: Db, event: NewEvent, now = new Date().toISOString()): number {
  const result = statement(
    db,
    `INSERT INTO events (title, description, start, "end", start_ms, end_ms, granularity, certainty, status, origin,
       created_at, updated_at)
     VALUES (@title, @description, @start, @end, @startMs, @endMs, @granularity, @certainty, @status, @origin,
       @now, @now)`,
  ).run({ ...event, ...intervalMs(event.start, event.end), now });
  return Number(result.lastInsertRowid);
}

/** Rewrites an event's fields (all of them: read, change, write). */
export function updateEvent(db: Db, id: number, event: NewEvent, now = new Date().toISOString()): void {
  statement(
    db,
    `UPDATE events SET title = @title, description = @description, start = @start, "end" = @end,
       start_ms = @startMs, end_ms = @endMs, granularity = @granularity, certainty = @certainty,
       status = @status, origin = @origin, updated_at = @now
     WHERE id = @id`,
  ).run({ ...event, ...intervalMs(event.start, event.end), now, id });
}

/** One event, or undefined. */
export function getEvent(db: Db, id: number): EventRow | undefined {
  return statement<[number], EventRow>(db, `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.id = ?`).get(id);
}

/** Removes an event; its mentions and entity links go with it. */
export function deleteEvent(db: Db, id: number): void {
  statement(db, 'DELETE FROM events WHERE id = ?').run(id);
}

/** Events overlapping the window and matching the filters, by start, at most `limit`. */
export function findEventsInRange(db: Db, filter: EventFilter, limit: number): EventRow[] {
  return statement<[Record<string, unknown>], EventRow>(db, EVENTS_IN_RANGE_SQL).all({
    ...bindFilter(filter),
    limit,
  });
}

/**
 * Events overlapping `[fromMs, toMs)` with no other filter, nearest in start first: the lean query
 * the importer runs for every new event to find reports of the same thing.
 */
export function findOverlappingEvents(db: Db, fromMs: number, toMs: number, limit: number): EventRow[] {
  return statement<[Record<string, number>], EventRow>(
    db,
    `SELECT ${EVENT_COLUMNS} FROM events_span s CROSS JOIN events e ON e.id = s.id
     WHERE s.start_ms < @toMs AND s.end_ms > @fromMs AND e.start_ms < @toMs AND e.end_ms > @fromMs
     ORDER BY abs(e.start_ms - @fromMs), e.id LIMIT @limit`,
  ).all({ fromMs, toMs, limit });
}

/** How many events overlap the window and match the filters. */
export function countEventsInRange(db: Db, filter: EventFilter): number {
  return (
    statement<[Record<string, unknown>], { n: number }>(db, `SELECT COUNT(*) AS n ${MATCHING_EVENTS}`).get(
      bindFilter(filter),
    )?.n ?? 0
  );
}

/**
 * Counts of matching events per bucket of `bucketMs` from the window's start, by where each event
 * starts (events starting before the window count in the first bucket).
 */
export function countEventsByBucket(
  db: Db,
  filter: EventFilter,
  bucketMs: number,
): { bucket: number; count: number }[] {
  return statement<[Record<string, unknown>], { bucket: number; count: number }>(
    db,
    `SELECT MAX(0, CAST((e.start_ms - @fromMs) / @bucketMs AS INTEGER)) AS bucket, COUNT(*) AS count ${MATCHING_EVENTS}
     GROUP BY bucket ORDER BY bucket`,
  ).all({ ...bindFilter(filter), bucketMs: Math.max(1, Math.round(bucketMs)) });
}

/** Every event, by start, for export. */
export function listAllEvents(db: Db): EventRow[] {
  return statement<[], EventRow>(db, `SELECT ${EVENT_COLUMNS} FROM events e ORDER BY e.start_ms, e.id`).all();
}

/** How many events are stored. */
export function countEvents(db: Db): number {
  return statement<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM events').get()?.n ?? 0;
}

/** Events with exactly these start and end dates (for recognising an event already imported). */
export function listAllEventsAt(db: Db, start: string, end: string): EventRow[] {
  return statement<[number, string, string], EventRow>(
    db,
    `SELECT ${EVENT_COLUMNS} FROM events e WHERE e.start_ms = ? AND e.start = ? AND e."end" = ? ORDER BY e.id`,
  ).all(toStartMs(start) ?? Number.NaN, start, end);
}
