/**
 * The merge log: which event was folded into which, why, and what undoing it needs.
 */
import type { Db } from './connection';
import { statement } from './statements';

export interface MergeRow {
  id: number;
  keptEventId: number;
  mergedTitle: string;
  reason: string;
  snapshot: string;
  createdAt: string;
  undoneAt: string | null;
}

const MERGE_COLUMNS = `id, kept_event_id AS keptEventId, merged_title AS mergedTitle, reason, snapshot,
  created_at AS createdAt, undone_at AS undoneAt`;

/** Records a merge. */
export function insertMerge(
  db: Db,
  merge: { keptEventId: number; mergedTitle: string; reason: string; snapshot: string },
  now = new Date().toISOString(),
): number {
  return Number(
    statement(
      db,
      `INSERT INTO merges (kept_event_id, merged_title, reason, snapshot, created_at)
       VALUES (@keptEventId, @mergedTitle, @reason, @snapshot, @now)`,
    ).run({ ...merge, now }).lastInsertRowid,
  );
}

/** The merges into an event, oldest first. */
export function listMergesOfEvent(db: Db, eventId: number): MergeRow[] {
  return statement<[number], MergeRow>(
    db,
    `SELECT ${MERGE_COLUMNS} FROM merges WHERE kept_event_id = ? ORDER BY id`,
  ).all(eventId);
}

/** One merge, or undefined. */
export function getMerge(db: Db, id: number): MergeRow | undefined {
  return statement<[number], MergeRow>(db, `SELECT ${MERGE_COLUMNS} FROM merges WHERE id = ?`).get(id);
}

/** Marks a merge as undone. */
export function markMergeUndone(db: Db, id: number, now = new Date().toISOString()): void {
  statement(db, 'UPDATE merges SET undone_at = ? WHERE id = ?').run(now, id);
}
