/**
 * Storing one article with all its events and mentions: one transaction, so an import either
 * stores the whole article or nothing of it.
 */
import { createHash } from 'node:crypto';
import {
  articles as articleQueries,
  entities as entityQueries,
  events as eventQueries,
  mentions as mentionQueries,
  type Db,
} from '../../db';
import { actorsAndPlaces } from '../../db/entities';
import { toEndMs, toStartMs } from '../common/dates';
import { findMergeTarget } from '../extract/merge';
import type { ExtractedEvent, MergeCandidate } from '../extract/types';
import { linkEntities, mergeEvents } from './merge-events';
import type { ParsedArticle } from './parsed-article';

export type StoreOutcome =
  | { kind: 'added'; articleId: number; events: number; mentions: number }
  | { kind: 'duplicate'; articleId: number };

/** The identity of an article's content: the same headline and text stored twice is the same article. */
export function contentHash(title: string, text: string): string {
  const normalize = (value: string) => value.replace(/\s+/g, ' ').trim();
  return createHash('sha256')
    .update(`${normalize(title)}\n${normalize(text)}`)
    .digest('hex');
}

/** Stores a parsed article and its extracted events unless the same content is already stored. */
export function storeArticle(
  db: Db,
  article: ParsedArticle,
  fileName: string | null,
  extracted: ExtractedEvent[],
): StoreOutcome {
  const hash = contentHash(article.title, article.text);
  return db.transaction((): StoreOutcome => {
    const existing = articleQueries.findArticleIdByHash(db, hash);
    if (existing !== undefined) return { kind: 'duplicate', articleId: existing };
    const articleId = articleQueries.insertArticle(db, { ...article, contentHash: hash, fileName });
    const before = eventQueries.countEvents(db);
    extracted.forEach((event) => storeExtractedEvent(db, articleId, event));
    // Events new to the library: reports of events already known were folded into them.
    return {
      kind: 'added',
      articleId,
      events: eventQueries.countEvents(db) - before,
      mentions: extracted.length,
    };
  })();
}

/** Stores one extracted event with its mention, then folds it into a stored event reporting the same thing. */
export function storeExtractedEvent(db: Db, articleId: number, event: ExtractedEvent): number {
  const { interval, mention } = event;
  const eventId = eventQueries.insertEvent(db, {
    title: event.title,
    description: event.description,
    start: interval.start,
    end: interval.end,
    granularity: interval.granularity,
    certainty: interval.certainty,
    status: event.status,
    origin: 'extracted',
  });
  mentionQueries.insertMention(db, {
    eventId,
    articleId,
    start: mention.start,
    end: mention.end,
    quote: mention.quote,
    timexText: mention.timex.text,
    timexValue: mention.timex.value,
    timexType: mention.timex.type,
    timexStart: mention.timex.start,
    timexEnd: mention.timex.end,
    dateStart: mention.interval.start,
    dateEnd: mention.interval.end,
    granularity: mention.interval.granularity,
    certainty: mention.interval.certainty,
    anchor: mention.timex.anchor ?? null,
    derivation: mention.derivation,
  });
  linkEntities(db, eventId, event.entities, 0);

  const decision = findMergeTarget(event, mergeCandidates(db, event, eventId));
  if (!decision) return eventId;
  mergeEvents(db, decision.targetId, eventId, decision.reason);
  return decision.targetId;
}

/** How many stored events merging looks at: those starting nearest the new one. */
const MAX_CANDIDATES = 200;

/** Stored events whose intervals overlap the new event's, as the merge rules need to see them. */
function mergeCandidates(db: Db, event: ExtractedEvent, excludeId: number): MergeCandidate[] {
  const rows = eventQueries
    .findOverlappingEvents(
      db,
      toStartMs(event.interval.start) ?? 0,
      toEndMs(event.interval.end) ?? 0,
      MAX_CANDIDATES,
    )
    .filter((row) => row.id !== excludeId);
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const entityMap = entityQueries.entitiesOfEvents(db, ids);
  const quotes = mentionQueries.quotesOfEvents(db, ids);
  return rows.map((row) => {
    return {
      id: row.id,
      title: row.title,
      interval: { start: row.start, end: row.end, granularity: row.granularity, certainty: row.certainty },
      status: row.status,
      ...actorsAndPlaces(entityMap.get(row.id) ?? []),
      quotes: quotes.get(row.id) ?? [],
    };
  });
}
