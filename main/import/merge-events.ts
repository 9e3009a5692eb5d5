/**
 * Folding one event into another when two mentions report the same thing, and undoing it. Each
 * merge stores a snapshot of the folded event so that undo can bring it back exactly.
 */
import {
  entities as entityQueries,
  events as eventQueries,
  mentions as mentionQueries,
  merges as mergeQueries,
  type Db,
} from '../../db';
import type { EventEntity } from '../../db/entities';
import type { NewEvent } from '../../db/events';
import { mostPreciseInterval } from '../extract/merge';

interface MergeSnapshot {
  merged: NewEvent;
  mergedEntities: Omit<EventEntity, 'eventId'>[];
  mergedTags: string[];
  mentionIds: number[];
  keptBefore: NewEvent;
}

/**
 * The status and title the latest report gives: news overtakes itself (a meeting scheduled on
 * Monday has occurred, or been called off, by Friday), so the most recently published mention
 * decides. The title follows the status only when it changes, so that "Trump to address the
 * Assembly" becomes "Trump addresses the Assembly"; otherwise the first report's wording stays.
 */
function latestReading(
  db: Db,
  kept: NewEvent & { id: number },
  merged: NewEvent & { id: number },
): Pick<NewEvent, 'status' | 'title'> {
  const keptLatest = mentionQueries.latestPublication(db, kept.id);
  const mergedLatest = mentionQueries.latestPublication(db, merged.id);
  const mergedIsNewer = mergedLatest !== null && (keptLatest === null || mergedLatest > keptLatest);
  return mergedIsNewer && merged.status !== kept.status
    ? { status: merged.status, title: merged.title }
    : { status: kept.status, title: kept.title };
}

function fieldsOf(event: NewEvent): NewEvent {
  const { title, description, start, end, granularity, certainty, status, origin } = event;
  return { title, description, start, end, granularity, certainty, status, origin };
}

/** Folds `mergedId` into `keptId` (one transaction) and returns the merge's id. */
export function mergeEvents(db: Db, keptId: number, mergedId: number, reason: string): number {
  return db.transaction(() => {
    const kept = eventQueries.getEvent(db, keptId);
    const merged = eventQueries.getEvent(db, mergedId);
    if (!kept || !merged) throw new Error(`Cannot merge: event ${kept ? mergedId : keptId} does not exist`);
    const mergedEntities = (entityQueries.entitiesOfEvents(db, [mergedId]).get(mergedId) ?? []).map(
      ({ name, kind, role }) => ({ name, kind, role }),
    );
    const snapshot: MergeSnapshot = {
      merged: fieldsOf(merged),
      mergedEntities,
      mergedTags: entityQueries.tagsOfEvents(db, [mergedId]).get(mergedId) ?? [],
      mentionIds: mentionQueries.mentionIdsOfEvent(db, mergedId),
      keptBefore: fieldsOf(kept),
    };
    const reading = latestReading(db, kept, merged);
    mentionQueries.moveMentions(db, snapshot.mentionIds, keptId);
    linkEntities(db, keptId, mergedEntities, 100);
    snapshot.mergedTags.forEach((tag) => entityQueries.tagEvent(db, keptId, tag));
    // A user's correction is final; an extracted event takes the best reading of all its mentions.
    if (kept.origin !== 'user') {
      const interval = mostPreciseInterval(kept, merged);
      eventQueries.updateEvent(db, keptId, { ...fieldsOf(kept), ...interval, ...reading });
    }
    eventQueries.deleteEvent(db, mergedId);
    return mergeQueries.insertMerge(db, {
      keptEventId: keptId,
      mergedTitle: merged.title,
      reason,
      snapshot: JSON.stringify(snapshot),
    });
  })();
}

/** Undoes a merge: the folded event returns with its mentions. Returns the restored event's id. */
export function undoMerge(db: Db, mergeId: number): { keptId: number; restoredId: number } {
  return db.transaction(() => {
    const merge = mergeQueries.getMerge(db, mergeId);
    if (!merge) throw new Error(`Merge ${mergeId} does not exist`);
    if (merge.undoneAt) throw new Error(`Merge ${mergeId} was already undone`);
    const snapshot = JSON.parse(merge.snapshot) as MergeSnapshot;
    const restoredId = eventQueries.insertEvent(db, snapshot.merged);
    const stillOnKept = new Set(mentionQueries.mentionIdsOfEvent(db, merge.keptEventId));
    mentionQueries.moveMentions(
      db,
      snapshot.mentionIds.filter((id) => stillOnKept.has(id)),
      restoredId,
    );
    linkEntities(db, restoredId, snapshot.mergedEntities, 0);
    snapshot.mergedTags.forEach((tag) => entityQueries.tagEvent(db, restoredId, tag));
    const kept = eventQueries.getEvent(db, merge.keptEventId);
    // The kept event reads as it did before the merge (a user's correction stays as it is).
    if (kept && kept.origin !== 'user') eventQueries.updateEvent(db, kept.id, snapshot.keptBefore);
    mergeQueries.markMergeUndone(db, mergeId);
    return { keptId: merge.keptEventId, restoredId };
  })();
}

/** Links entities to an event, positions after `offset` so earlier ones stay first. */
export function linkEntities(
  db: Db,
  eventId: number,
  list: Omit<EventEntity, 'eventId'>[],
  offset: number,
): void {
  list.forEach((entity, index) => {
    const entityId = entityQueries.upsertEntity(db, entity.name, entity.kind);
    entityQueries.linkEntity(db, eventId, entityId, entity.role, offset + index);
  });
}
