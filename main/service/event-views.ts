/**
 * Database rows turned into the API's event shapes, loading what they need in batches.
 */
import {
  entities as entityQueries,
  mentions as mentionQueries,
  merges as mergeQueries,
  type Db,
} from '../../db';
import { actorsAndPlaces } from '../../db/entities';
import type { EventRow } from '../../db/events';
import type { MentionRow } from '../../db/mentions';
import type { EventDetails, EventSummary, MentionDetails } from '../common/api';

/** Summaries of many events with their actors, places, outlets and mention counts. */
export function toEventSummaries(db: Db, rows: EventRow[]): EventSummary[] {
  const ids = rows.map((row) => row.id);
  const entities = entityQueries.entitiesOfEvents(db, ids);
  const sources = mentionQueries.sourcesOfEvents(db, ids);
  const counts = mentionQueries.mentionCounts(db, ids);
  return rows.map((row) => {
    return {
      id: row.id,
      title: row.title,
      start: row.start,
      end: row.end,
      granularity: row.granularity,
      certainty: row.certainty,
      status: row.status,
      origin: row.origin,
      ...actorsAndPlaces(entities.get(row.id) ?? []),
      sources: sources.get(row.id) ?? [],
      mentionCount: counts.get(row.id) ?? 0,
    };
  });
}

/** One event with everything the details panel shows. */
export function toEventDetails(db: Db, row: EventRow): EventDetails {
  const [summary] = toEventSummaries(db, [row]);
  if (!summary) throw new Error(`Event ${row.id} vanished while being read`);
  return {
    ...summary,
    description: row.description,
    tags: entityQueries.tagsOfEvents(db, [row.id]).get(row.id) ?? [],
    mentions: mentionQueries.listMentionsOfEvent(db, row.id).map(toMentionDetails),
    merges: mergeQueries.listMergesOfEvent(db, row.id).map((merge) => ({
      id: merge.id,
      mergedTitle: merge.mergedTitle,
      reason: merge.reason,
      createdAt: merge.createdAt,
      undone: merge.undoneAt !== null,
    })),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}

/** A mention row as the API gives it. */
export function toMentionDetails(row: MentionRow): MentionDetails {
  return {
    id: row.id,
    eventId: row.eventId,
    articleId: row.articleId,
    articleTitle: row.articleTitle,
    source: row.source,
    publishedAt: row.publishedAt,
    quote: row.quote,
    start: row.start,
    end: row.end,
    timex:
      row.timexText !== null && row.timexValue !== null
        ? {
            text: row.timexText,
            value: row.timexValue,
            type: row.timexType ?? 'DATE',
            start: row.timexStart ?? row.start,
            end: row.timexEnd ?? row.start,
          }
        : null,
    interval: {
      start: row.dateStart,
      end: row.dateEnd,
      granularity: row.granularity,
      certainty: row.certainty,
    },
    derivation: row.derivation,
  };
}
