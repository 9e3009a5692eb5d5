/**
 * An in-memory TimelineApi for the state tests: a handful of events and articles, filtered and
 * aggregated the way the contract says, and a log of every call so tests can check what was asked.
 */
import type {
  ArticleDetails,
  EventDetails,
  EventQuery,
  EventSummary,
  ImportProgress,
  TimelineApi,
} from '../../../main/common/api';

export interface FakeApi extends TimelineApi {
  calls: { method: string; argument: unknown }[];
  /** Holds listEvents answers until released, to make them arrive out of order. */
  holdListEvents: boolean;
  release(): void;
}

function summary(
  id: number,
  title: string,
  start: string,
  end = start,
  extra: Partial<EventSummary> = {},
): EventSummary {
  return {
    id,
    title,
    start,
    end,
    granularity: start === end ? 'day' : 'month',
    certainty: 'exact',
    status: 'occurred',
    origin: 'extracted',
    actors: [],
    places: [],
    sources: ['The Daily'],
    mentionCount: 1,
    ...extra,
  };
}

/** Creates a fake API over a small fixed corpus. */
export function createFakeApi(): FakeApi {
  const events: EventSummary[] = [
    summary(1, 'Summit in Singapore', '2018-06-12'),
    summary(2, 'Talks resume', '2018-07-06', '2018-07-07'),
    summary(3, 'Harvest festival', '2018-09-01', '2018-09-30', { certainty: 'approximate' }),
    summary(4, 'Vote postponed', '2018-08-15', '2018-08-15', { status: 'cancelled' }),
  ];
  const article: ArticleDetails = {
    id: 10,
    title: 'Leaders meet',
    source: 'The Daily',
    author: null,
    url: null,
    publishedAt: '2018-06-13',
    publishedSource: 'metadata',
    file: 'leaders.html',
    eventCount: 1,
    language: 'en',
    text: 'Leaders met.\n\nThe summit took place on 12 June.',
    html: null,
    mentions: [{ id: 100, eventId: 1, start: 14, end: 48 }],
  };
  const pending: (() => void)[] = [];
  const listeners = new Set<(progress: ImportProgress) => void>();
  const fake: FakeApi = {
    calls: [],
    holdListEvents: false,
    release() {
      // Answers in reverse order of asking: the worst case for stale-answer handling.
      while (pending.length > 0) pending.pop()?.();
    },
    async getOverview() {
      fake.calls.push({ method: 'getOverview', argument: undefined });
      return {
        articleCount: 1,
        eventCount: events.length,
        publishedRange: { from: '2018-06-13', to: '2018-09-02' },
        initialWindow: { from: '2018-06-01', to: '2018-09-30' },
        sources: ['The Daily'],
        databasePath: ':memory:',
        version: 'test',
      };
    },
    async listEvents(query: EventQuery) {
      fake.calls.push({ method: 'listEvents', argument: query });
      const matching = events.filter(
        (event) =>
          event.start < query.to &&
          event.end >= query.from &&
          (!query.statuses || query.statuses.includes(event.status)) &&
          (!query.certainties || query.certainties.includes(event.certainty)) &&
          (!query.search || event.title.toLowerCase().includes(query.search.toLowerCase())),
      );
      const limit = query.limit ?? 400;
      const answer =
        matching.length > limit
          ? {
              events: [],
              total: matching.length,
              aggregated: true,
              buckets: [{ start: query.from, end: query.to, count: matching.length }],
            }
          : { events: matching, total: matching.length, aggregated: false, buckets: [] };
      if (!fake.holdListEvents) return answer;
      return new Promise((resolve) => pending.push(() => resolve(answer)));
    },
    async getEvent({ id }) {
      fake.calls.push({ method: 'getEvent', argument: { id } });
      const event = events.find((each) => each.id === id);
      if (!event) return null;
      const details: EventDetails = {
        ...event,
        description: '',
        tags: [],
        mentions: [],
        merges: [],
        createdAt: '',
        updatedAt: '',
      };
      return details;
    },
    async listArticles(query) {
      fake.calls.push({ method: 'listArticles', argument: query });
      return [article];
    },
    async getArticle({ id }) {
      fake.calls.push({ method: 'getArticle', argument: { id } });
      return id === article.id ? article : null;
    },
    async search({ query }) {
      fake.calls.push({ method: 'search', argument: { query } });
      return { articles: [], events: [] };
    },
    async importFiles({ files, jobId }) {
      fake.calls.push({ method: 'importFiles', argument: { count: files.length, jobId } });
      files.forEach((file, index) => {
        for (const listener of listeners)
          listener({ jobId: jobId ?? '', done: index + 1, total: files.length, current: file.name });
      });
      return {
        added: files.length,
        duplicates: 0,
        events: files.length * 2,
        mentions: files.length * 2,
        failures: [],
        articleIds: [],
      };
    },
    async updateEvent({ id, patch }) {
      fake.calls.push({ method: 'updateEvent', argument: { id, patch } });
      const event = events.find((each) => each.id === id);
      if (!event) throw new Error('no such event');
      Object.assign(event, patch, { origin: 'user' });
      return { ...event, description: '', tags: [], mentions: [], merges: [], createdAt: '', updatedAt: '' };
    },
    async undoMerge() {
      throw new Error('no merges in the fake');
    },
    async exportImage(request) {
      fake.calls.push({ method: 'exportImage', argument: request });
      return { fileName: 'timeline.svg', mimeType: 'image/svg+xml', data: '' };
    },
    onDidImportProgress(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return fake;
}
