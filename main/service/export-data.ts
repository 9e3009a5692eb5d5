/**
 * The JSON export document (version 1) built from the database, for a range and filters.
 */
import {
  articles as articleQueries,
  entities as entityQueries,
  events as eventQueries,
  mentions as mentionQueries,
  type Db,
} from '../../db';
import { actorsAndPlaces } from '../../db/entities';
import type { EventFilter, EventRow } from '../../db/events';
import type { Certainty, EventStatus } from '../common/model';
import type { ExportDocument, ExportEvent } from '../common/export-document';
import { toEndMs, toStartMs } from '../common/dates';

export interface ExportSelection {
  from?: string;
  to?: string;
  statuses?: EventStatus[];
  certainties?: Certainty[];
  sources?: string[];
  search?: string;
}

const EVERYTHING = Number.MAX_SAFE_INTEGER;

/** The export document for a selection: its events by start, and the articles they cite. */
export function buildExportDocument(db: Db, selection: ExportSelection = {}): ExportDocument {
  const ranged = selection.from !== undefined || selection.to !== undefined;
  const filter: EventFilter = {
    fromMs: selection.from ? (toStartMs(selection.from) ?? -EVERYTHING) : -EVERYTHING,
    toMs: selection.to ? (toEndMs(selection.to) ?? EVERYTHING) : EVERYTHING,
    statuses: selection.statuses?.length ? selection.statuses : null,
    certainties: selection.certainties?.length ? selection.certainties : null,
    sources: selection.sources?.length ? selection.sources : null,
    search: selection.search || null,
    articleId: null,
  };
  const filtered = ranged || filter.statuses || filter.certainties || filter.sources || filter.search;
  const rows = filtered
    ? eventQueries.findEventsInRange(db, filter, EVERYTHING)
    : eventQueries.listAllEvents(db);
  const events = toExportEvents(db, rows);
  const cited = new Set(events.flatMap((event) => event.mentions.map((mention) => mention.articleId)));
  const articles = articleQueries
    .listAllArticles(db)
    .filter((article) => !filtered || cited.has(article.id))
    .map((article) => ({
      id: article.id,
      title: article.title,
      source: article.source,
      author: article.author,
      url: article.url,
      publishedAt: article.publishedAt,
      file: article.fileName,
      text: article.text,
    }));
  return { version: 1, articles, events };
}

function toExportEvents(db: Db, rows: EventRow[]): ExportEvent[] {
  const ids = rows.map((row) => row.id);
  const entities = entityQueries.entitiesOfEvents(db, ids);
  const tags = entityQueries.tagsOfEvents(db, ids);
  const mentions = new Map<number, ExportEvent['mentions']>();
  for (const mention of mentionQueries.listMentionsOfEvents(db, ids)) {
    const list = mentions.get(mention.eventId) ?? [];
    list.push({
      articleId: mention.articleId,
      quote: mention.quote,
      start: mention.start,
      end: mention.end,
      timex:
        mention.timexText !== null && mention.timexValue !== null
          ? { text: mention.timexText, value: mention.timexValue }
          : null,
      derivation: mention.derivation,
    });
    mentions.set(mention.eventId, list);
  }
  return rows.map((row) => {
    return {
      id: row.id,
      title: row.title,
      description: row.description,
      start: row.start,
      end: row.end,
      granularity: row.granularity,
      certainty: row.certainty,
      status: row.status,
      ...actorsAndPlaces(entities.get(row.id) ?? []),
      tags: tags.get(row.id) ?? [],
      mentions: mentions.get(row.id) ?? [],
    };
  });
}
