import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db';
import type { ExtractedEvent } from '../extract/types';
import { buildExportDocument } from '../service/export-data';
import { undoMerge } from './merge-events';
import { importBuffers } from './pipeline';
import { storeArticle } from './store-article';
import { HTML_ARTICLE, MARKDOWN_ARTICLE, PLAIN_ARTICLE } from './testing/fixtures';

const encode = (text: string) => new TextEncoder().encode(text);

function extracted(start: string, end = start): ExtractedEvent {
  const interval = { start, end, granularity: 'day' as const, certainty: 'exact' as const };
  return {
    title: 'Envoys meet',
    description: '',
    interval,
    status: 'occurred',
    entities: [{ name: 'Mike Pompeo', kind: 'person', role: 'actor' }],
    mention: {
      start: 0,
      end: 10,
      quote: 'Envoys met',
      timex: { start: 0, end: 6, text: 'Monday', type: 'DATE', value: start },
      interval,
      derivation: 'test',
    },
  };
}

const article = {
  title: 'A',
  source: null,
  author: null,
  url: null,
  publishedAt: '2018-07-07',
  publishedSource: 'metadata' as const,
  language: null,
  text: 'Envoys met on Monday.',
  html: null,
};

describe('storing', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
  });
  afterEach(() => db.close());

  it('stores an article with all its events or, when one of them is impossible, nothing at all', () => {
    expect(() =>
      storeArticle(db, article, 'a.txt', [extracted('2018-07-02'), extracted('2018-02-30')]),
    ).toThrow(/Not a valid date: 2018-02-30/);
    const counts = db
      .prepare(
        'SELECT (SELECT COUNT(*) FROM articles) a, (SELECT COUNT(*) FROM events) e, (SELECT COUNT(*) FROM mentions) m',
      )
      .get();
    expect(counts).toEqual({ a: 0, e: 0, m: 0 });
  });

  it('reports an impossible date in an imported document by name and keeps what was stored before', async () => {
    await importBuffers(db, [{ name: 'remains.txt', bytes: encode(PLAIN_ARTICLE) }]);
    const before = JSON.stringify(buildExportDocument(db));
    const bad = {
      version: 1,
      articles: [],
      events: [
        {
          id: 1,
          title: 'x',
          start: '2018-02-30',
          end: '2018-02-30',
          granularity: 'day',
          certainty: 'exact',
          status: 'occurred',
          mentions: [],
        },
      ],
    };
    const summary = await importBuffers(db, [{ name: 'bad.json', bytes: encode(JSON.stringify(bad)) }]);
    expect(summary.failures).toEqual([
      {
        file: 'bad.json',
        reason: 'not a valid Timeline Explorer export: events.0.start: not a real ISO date (YYYY-MM-DD)',
      },
    ]);
    expect(JSON.stringify(buildExportDocument(db))).toBe(before);
  });
});

describe('the JSON export document', () => {
  it('round-trips: export, import into an empty database, export again gives the same document', async () => {
    const first = openDatabase(':memory:');
    await importBuffers(first, [
      { name: 'remains.txt', bytes: encode(PLAIN_ARTICLE) },
      { name: 'drills.md', bytes: encode(MARKDOWN_ARTICLE) },
      { name: 'osan.html', bytes: encode(HTML_ARTICLE) },
    ]);
    const exported = buildExportDocument(first);
    expect(exported.events.length).toBeGreaterThan(3);

    const second = openDatabase(':memory:');
    const summary = await importBuffers(second, [
      { name: 'export.json', bytes: encode(JSON.stringify(exported)) },
    ]);
    expect(summary.failures).toEqual([]);
    expect(summary.events).toBe(exported.events.length);
    const strip = (doc: typeof exported) => ({
      articles: doc.articles.map(({ id: _id, ...rest }) => rest),
      events: doc.events.map(({ id: _id, mentions, ...rest }) => ({
        ...rest,
        mentions: mentions.map(({ articleId: _a, derivation: _d, ...m }) => m),
      })),
    });
    expect(strip(buildExportDocument(second))).toEqual(strip(exported));

    // Importing the same document again adds nothing.
    const again = await importBuffers(second, [
      { name: 'export.json', bytes: encode(JSON.stringify(exported)) },
    ]);
    expect(again).toMatchObject({ added: 0, events: 0, failures: [] });
  });
});

describe('merging', () => {
  it('folds a second report of the same event into the first, and undo brings it back', async () => {
    const db = openDatabase(':memory:');
    const one = { ...article, text: 'Envoys met on Monday in Seoul.' };
    const two = { ...article, text: 'The envoys met on Monday, officials said.' };
    storeArticle(db, one, 'one.txt', [extracted('2018-07-02')]);
    storeArticle(db, two, 'two.txt', [
      { ...extracted('2018-07-02'), mention: { ...extracted('2018-07-02').mention, quote: 'The envoys' } },
    ]);
    const events = buildExportDocument(db).events;
    expect(events).toHaveLength(1);
    expect(events[0]?.mentions).toHaveLength(2);
    const merge = db.prepare('SELECT id, reason FROM merges').get() as { id: number; reason: string };
    expect(merge.reason.length).toBeGreaterThan(10);

    undoMerge(db, merge.id);
    const restored = buildExportDocument(db).events;
    expect(restored).toHaveLength(2);
    expect(restored.map((event) => event.mentions.length)).toEqual([1, 1]);
    expect(() => undoMerge(db, merge.id)).toThrow(/already undone/);
  });
});
