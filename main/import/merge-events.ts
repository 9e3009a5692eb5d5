/**
 * Folding one event into another when two mentions report the same thing, and undoing it. Each
 * merge stores a snapshot of the folded event so that undo can bring it back exactly; the kept
 * event is then recomputed from the merges still in effect, so merges can be undone in any order.
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
import type { MergeRow } from '../../db/merges';
import { mostPreciseInterval } from '../extract/merge';

type LinkedEntity = Omit<EventEntity, 'eventId'>;

/** Where a merge's entities are linked on the kept event: after its own, so those stay first. */
const MERGED_ENTITY_OFFSET = 100;

interface MergeSnapshot {
  merged: NewEvent;
  mergedEntities: LinkedEntity[];
  mergedTags: string[];
  mentionIds: number[];
  /** The kept event's fields just before this merge. */
  keptBefore: NewEvent;
  /** The kept event's entities just before this merge (absent from older snapshots). */
  keptEntities?: LinkedEntity[];
  /** The kept event's tags just before this merge (absent from older snapshots). */
  keptTags?: string[];
}

/**
 * The kept event after folding in one more report. Its date becomes the most precise of the two
 * readings, and the description follows the date: the sentence that gave the better date describes
 * the event. Status and title follow the latest report: news overtakes itself (a meeting scheduled
 * on Monday has occurred, or been called off, by Friday), so the most recently published mention
 * decides. The title follows the status only when it changes, so that "Trump to address the
 * Assembly" becomes "Trump addresses the Assembly"; otherwise the first report's wording stays.
 */
function foldReport(
  kept: NewEvent,
  keptLatest: string | null,
  merged: NewEvent,
  mergedLatest: string | null,
): NewEvent {
  const precise = mostPreciseInterval(kept, merged) === kept ? kept : merged;
  const mergedIsNewer = mergedLatest !== null && (keptLatest === null || mergedLatest > keptLatest);
  const reading =
    mergedIsNewer && merged.status !== kept.status ? merged : { status: kept.status, title: kept.title };
  return {
    ...fieldsOf(kept),
    start: precise.start,
    end: precise.end,
    granularity: precise.granularity,
    certainty: precise.certainty,
    description: precise.description,
    status: reading.status,
    title: reading.title,
  };
}

function fieldsOf(event: NewEvent): NewEvent {
  const { title, description, start, end, granularity, certainty, status, origin } = event;
  return { title, description, start, end, granularity, certainty, status, origin };
}

function entitiesOf(db: Db, eventId: number): LinkedEntity[] {
  return (entityQueries.entitiesOfEvents(db, [eventId]).get(eventId) ?? []).map(({ name, kind, role }) => ({
    name,
    kind,
    role,
  }));
}

function tagsOf(db: Db, eventId: number): string[] {
  return entityQueries.tagsOfEvents(db, [eventId]).get(eventId) ?? [];
}

/** Folds `mergedId` into `keptId` (one transaction) and returns the merge's id. */
export function mergeEvents(db: Db, keptId: number, mergedId: number, reason: string): number {
  return db.transaction(() => {
    const kept = eventQueries.getEvent(db, keptId);
    const merged = eventQueries.getEvent(db, mergedId);
    if (!kept || !merged) throw new Error(`Cannot merge: event ${kept ? mergedId : keptId} does not exist`);
    const mergedEntities = entitiesOf(db, mergedId);
    const snapshot: MergeSnapshot = {
      merged: fieldsOf(merged),
      mergedEntities,
      mergedTags: tagsOf(db, mergedId),
      mentionIds: mentionQueries.mentionIdsOfEvent(db, mergedId),
      keptBefore: fieldsOf(kept),
      keptEntities: entitiesOf(db, keptId),
      keptTags: tagsOf(db, keptId),
    };
    const keptLatest = mentionQueries.latestPublication(db, keptId);
    const mergedLatest = mentionQueries.latestPublication(db, mergedId);
    mentionQueries.moveMentions(db, snapshot.mentionIds, keptId);
    linkEntities(db, keptId, mergedEntities, MERGED_ENTITY_OFFSET);
    snapshot.mergedTags.forEach((tag) => entityQueries.tagEvent(db, keptId, tag));
    // A user's correction is final; an extracted event takes the best reading of all its mentions.
    if (kept.origin !== 'user')
      eventQueries.updateEvent(db, keptId, foldReport(kept, keptLatest, merged, mergedLatest));
    eventQueries.deleteEvent(db, mergedId);
    return mergeQueries.insertMerge(db, {
      keptEventId: keptId,
      mergedTitle: merged.title,
      reason,
      snapshot: JSON.stringify(snapshot),
    });
  })();
}

/**
 * Undoes a merge, whichever merges into the same event came before or after it: the folded event
 * returns exactly as its snapshot recorded it, with its mentions, entities and tags, and the kept
 * event reads as if this merge had never been made. Throws, changing nothing, when the merge does
 * not exist or was already undone.
 */
export function undoMerge(db: Db, mergeId: number): { keptId: number; restoredId: number } {
  return db.transaction(() => {
    const merge = mergeQueries.getMerge(db, mergeId);
    if (!merge) throw new Error(`Merge ${mergeId} does not exist`);
    if (merge.undoneAt)
      throw new Error(`Merge ${mergeId} was already undone (on ${merge.undoneAt}); nothing was changed`);
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
    mergeQueries.markMergeUndone(db, mergeId);
    recomputeKept(db, merge.keptEventId);
    return { keptId: merge.keptEventId, restoredId };
  })();
}

/**
 * Rebuilds the kept event from its state before its first merge by replaying, oldest first, the
 * merges still in effect: the same folding `mergeEvents` did, so a later merge's better date or
 * newer status survives the undoing of an earlier one.
 *
 * The table stores one origin per event, not which fields a user corrected: an event marked 'user'
 * keeps all its fields as they are (the behaviour before replaying existed), since any of them may
 * be the user's word. Its entities and tags are still recomputed: users edit neither.
 */
function recomputeKept(db: Db, keptId: number): void {
  const kept = eventQueries.getEvent(db, keptId);
  if (!kept) return;
  const history = mergeQueries.listMergesOfEvent(db, keptId);
  const first = history[0];
  if (!first) return;
  const base = parseSnapshot(first);
  const inEffect = history.filter((merge) => !merge.undoneAt).map(parseSnapshot);
  if (kept.origin !== 'user')
    eventQueries.updateEvent(db, keptId, {
      ...replayFields(db, keptId, base, inEffect),
      origin: kept.origin,
    });
  // Snapshots written before the kept event's entities were recorded cannot tell its own
  // entities from merged ones: leave those as they are.
  if (base.keptEntities) {
    entityQueries.unlinkEntities(db, keptId);
    linkEntities(db, keptId, base.keptEntities, 0);
    inEffect.forEach((snapshot) => linkEntities(db, keptId, snapshot.mergedEntities, MERGED_ENTITY_OFFSET));
  }
  // The same for tags: a tag the undone merge brought goes, unless the event had it or a merge still
  // in effect brought it too.
  if (base.keptTags) {
    entityQueries.untagEvent(db, keptId);
    [...base.keptTags, ...inEffect.flatMap((snapshot) => snapshot.mergedTags)].forEach((tag) =>
      entityQueries.tagEvent(db, keptId, tag),
    );
  }
}

function parseSnapshot(merge: MergeRow): MergeSnapshot {
  return JSON.parse(merge.snapshot) as MergeSnapshot;
}

/**
 * The kept event's fields after folding in the merges still in effect. At each step the kept side's
 * latest report is that of its own mentions and of the merges replayed so far, as it was when the
 * merge was made, less the mentions of merges since undone (mentions since deleted no longer count).
 */
function replayFields(db: Db, keptId: number, base: MergeSnapshot, inEffect: MergeSnapshot[]): NewEvent {
  const current = new Set(mentionQueries.mentionIdsOfEvent(db, keptId));
  const fromMerges = new Set(inEffect.flatMap((snapshot) => snapshot.mentionIds));
  const seen = [...current].filter((id) => !fromMerges.has(id));
  let fields = fieldsOf(base.keptBefore);
  for (const snapshot of inEffect) {
    const added = snapshot.mentionIds.filter((id) => current.has(id));
    fields = foldReport(
      fields,
      mentionQueries.latestPublicationOfMentions(db, seen),
      snapshot.merged,
      mentionQueries.latestPublicationOfMentions(db, added),
    );
    seen.push(...added);
  }
  return fields;
}

/** Links entities to an event, positions after `offset` so earlier ones stay first. */
export function linkEntities(db: Db, eventId: number, list: LinkedEntity[], offset: number): void {
  list.forEach((entity, index) => {
    const entityId = entityQueries.upsertEntity(db, entity.name, entity.kind);
    entityQueries.linkEntity(db, eventId, entityId, entity.role, offset + index);
  });
}
