/**
 * The Timeline Explorer service: the API contract implemented in plain Node over db/. Both
 * transports (Electron IPC and the `serve` HTTP server) call it through dispatchCall.
 */
import { randomUUID } from 'node:crypto';
import {
  articles as articleQueries,
  events as eventQueries,
  mentions as mentionQueries,
  search as searchQueries,
  type Db,
} from '../../db';
import type { EventFilter } from '../../db/events';
import type {
  ArticleDetails,
  ArticleQuery,
  ArticleSummary,
  EventQuery,
  EventWindow,
  ImageExportRequest,
  ImportProgress,
  SearchResults,
  TimelineApi,
} from '../common/api';
import { toEndMs, toStartMs } from '../common/dates';
import type { ArticleRow } from '../../db/articles';
import { importBuffers } from '../import/pipeline';
import { undoMerge } from '../import/merge-events';
import { ApiError } from './api-error';
import { toEventDetails, toEventSummaries } from './event-views';
import { renderExport } from './export-image';
import { initialWindow } from './initial-window';
import { Emitter } from './progress';

export interface TimelineService extends TimelineApi {
  dispose(): void;
}

export interface ServiceOptions {
  db: Db;
  databasePath: string;
  version: string;
  /** Today's date (tests pin it). */
  today?: () => string;
}

const DEFAULT_EVENT_LIMIT = 400;
const BUCKETS_PER_WINDOW = 60;

/** Creates the service over an open database. */
export function createTimelineService(options: ServiceOptions): TimelineService {
  const { db } = options;
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));
  const progress = new Emitter<ImportProgress>();

  const requireSearch = (query: string | undefined): string | null => {
    if (!query?.trim()) return null;
    searchQueries.checkSearchQuery(db, query);
    return query;
  };

  const eventFilter = (query: EventQuery): EventFilter => ({
    fromMs: toStartMs(query.from) ?? 0,
    toMs: toEndMs(query.to) ?? 0,
    statuses: query.statuses?.length ? query.statuses : null,
    certainties: query.certainties?.length ? query.certainties : null,
    sources: query.sources?.length ? query.sources : null,
    search: requireSearch(query.search),
    articleId: query.articleId ?? null,
  });

  return {
    async getOverview() {
      return {
        articleCount: articleQueries.countArticles(db),
        eventCount: eventQueries.countEvents(db),
        publishedRange: articleQueries.publicationRange(db),
        initialWindow: initialWindow(articleQueries.publicationDates(db), today()),
        sources: articleQueries.listSources(db),
        databasePath: options.databasePath,
        version: options.version,
      };
    },

    async listEvents(query: EventQuery): Promise<EventWindow> {
      const filter = eventFilter(query);
      const limit = query.limit ?? DEFAULT_EVENT_LIMIT;
      const total = eventQueries.countEventsInRange(db, filter);
      if (total <= limit) {
        const rows = eventQueries.findEventsInRange(db, filter, limit);
        return { events: toEventSummaries(db, rows), total, aggregated: false, buckets: [] };
      }
      // Too many to draw: vis-timeline's cost grows with every item, so counts stand in for them.
      const bucketMs = Math.max(60_000, Math.ceil((filter.toMs - filter.fromMs) / BUCKETS_PER_WINDOW));
      const buckets = eventQueries.countEventsByBucket(db, filter, bucketMs).map(({ bucket, count }) => ({
        start: new Date(filter.fromMs + bucket * bucketMs).toISOString().slice(0, 10),
        end: new Date(filter.fromMs + (bucket + 1) * bucketMs - 1).toISOString().slice(0, 10),
        count,
      }));
      return { events: [], total, aggregated: true, buckets };
    },

    async getEvent({ id }) {
      const row = eventQueries.getEvent(db, id);
      return row ? toEventDetails(db, row) : null;
    },

    async listArticles(query: ArticleQuery): Promise<ArticleSummary[]> {
      return articleQueries
        .listArticles(db, {
          sources: query.sources?.length ? query.sources : null,
          from: query.from ?? null,
          to: query.to ?? null,
          search: requireSearch(query.search),
          articleIds: null,
          limit: query.limit ?? 1000,
        })
        .map(toArticleSummary);
    },

    async getArticle({ id }): Promise<ArticleDetails | null> {
      const row = articleQueries.getArticle(db, id);
      if (!row) return null;
      return {
        ...toArticleSummary(row),
        language: row.language,
        text: row.text,
        html: row.html,
        mentions: mentionQueries.listMentionsInArticle(db, id),
      };
    },

    async search({ query, limit }): Promise<SearchResults> {
      const max = limit ?? 50;
      return {
        articles: searchQueries.searchArticles(db, query, max).map((hit) => ({
          id: hit.id,
          title: hit.title,
          source: hit.source,
          publishedAt: hit.publishedAt,
          snippet: searchQueries.splitSnippet(hit.snippet),
        })),
        events: searchQueries.searchEvents(db, query, max).map((hit) => ({
          id: hit.id,
          title: hit.title,
          start: hit.start,
          end: hit.end,
          snippet: searchQueries.splitSnippet(hit.snippet),
        })),
      };
    },

    async importFiles({ files, published, jobId }) {
      const job = jobId ?? randomUUID();
      return importBuffers(
        db,
        files.map((file) => ({ name: file.name, bytes: Buffer.from(file.data, 'base64') })),
        {
          ...(published ? { published } : {}),
          onProgress: (step) => progress.fire({ jobId: job, ...step }),
        },
      );
    },

    async updateEvent({ id, patch }) {
      const row = eventQueries.getEvent(db, id);
      if (!row) throw new ApiError('not-found', `Event ${id} does not exist`);
      const next = { ...row, ...patch, origin: 'user' as const };
      db.transaction(() => eventQueries.updateEvent(db, id, next))();
      const updated = eventQueries.getEvent(db, id);
      if (!updated) throw new ApiError('not-found', `Event ${id} does not exist`);
      return toEventDetails(db, updated);
    },

    async undoMerge({ mergeId }) {
      let keptId: number;
      try {
        ({ keptId } = undoMerge(db, mergeId));
      } catch (error) {
        throw new ApiError('not-found', error instanceof Error ? error.message : String(error));
      }
      const kept = eventQueries.getEvent(db, keptId);
      if (!kept) throw new ApiError('not-found', `Event ${keptId} does not exist`);
      return toEventDetails(db, kept);
    },

    async exportImage(request: ImageExportRequest) {
      return renderExport(db, request, { version: options.version, today: today() });
    },

    onDidImportProgress(listener) {
      return progress.subscribe(listener);
    },

    dispose() {
      progress.dispose();
    },
  };
}

function toArticleSummary(row: ArticleRow): ArticleSummary {
  return {
    id: row.id,
    title: row.title,
    source: row.source,
    author: row.author,
    url: row.url,
    publishedAt: row.publishedAt,
    publishedSource: row.publishedSource,
    file: row.fileName,
    eventCount: row.eventCount,
  };
}
