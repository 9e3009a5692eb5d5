import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db';
import { seedSampleCorpus } from '../import/sample';
import { ApiError } from './api-error';
import { dispatchCall } from './dispatch';
import { createTimelineService, type TimelineService } from './index';
import { initialWindow } from './initial-window';

describe('the service over the sample corpus', () => {
  let db: Db;
  let service: TimelineService;
  beforeAll(async () => {
    db = openDatabase(':memory:');
    await seedSampleCorpus(db);
    service = createTimelineService({
      db,
      databasePath: ':memory:',
      version: '9.9.9',
      today: () => '2026-11-29',
    });
  });
  afterAll(() => {
    service.dispose();
    db.close();
  });

  it('opens on the publication period, June to September 2018, not on dates mentioned in passing', async () => {
    const overview = await service.getOverview();
    expect(overview).toMatchObject({
      articleCount: 10,
      publishedRange: { from: '2018-06-13', to: '2018-09-27' },
      version: '9.9.9',
    });
    expect(overview.initialWindow.from <= '2018-06-12').toBe(true);
    expect(overview.initialWindow.from >= '2018-06-01').toBe(true);
    expect(overview.initialWindow.to >= '2018-09-26').toBe(true);
    expect(overview.initialWindow.to <= '2018-10-15').toBe(true);
    expect(overview.sources).toEqual([
      'Capitol Dispatch',
      'Pacific Wire',
      'Seoul Evening Post',
      'The Harbor Ledger',
    ]);
  });

  it('lists the events of a window with their actors and outlets', async () => {
    const window = await service.listEvents({ from: '2018-06-01', to: '2018-06-30' });
    expect(window.aggregated).toBe(false);
    expect(window.events.length).toBe(window.total);
    expect(window.events.length).toBeGreaterThan(0);
    for (const event of window.events) {
      expect(event.start <= '2018-06-30' && event.end >= '2018-06-01').toBe(true);
      expect(event.mentionCount).toBeGreaterThan(0);
      expect(event.sources.length).toBeGreaterThan(0);
    }
  });

  it('aggregates into counts when a window holds more events than the limit', async () => {
    const window = await service.listEvents({ from: '2018-01-01', to: '2018-12-31', limit: 3 });
    expect(window).toMatchObject({ aggregated: true, events: [] });
    expect(window.buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(window.total);
    expect(window.total).toBeGreaterThan(3);
  });

  it('narrows events by search, status and outlet', async () => {
    const all = await service.listEvents({ from: '2018-06-01', to: '2018-10-31' });
    const remains = await service.listEvents({ from: '2018-06-01', to: '2018-10-31', search: 'remains' });
    expect(remains.total).toBeGreaterThan(0);
    expect(remains.total).toBeLessThan(all.total);
    const harbor = await service.listEvents({
      from: '2018-06-01',
      to: '2018-10-31',
      sources: ['The Harbor Ledger'],
    });
    for (const event of harbor.events) expect(event.sources).toContain('The Harbor Ledger');
    const scheduled = await service.listEvents({
      from: '2018-06-01',
      to: '2018-10-31',
      statuses: ['scheduled'],
    });
    for (const event of scheduled.events) expect(event.status).toBe('scheduled');
  });

  it('gives an event with every mention, its quote and how its date was derived', async () => {
    const [first] = (await service.listEvents({ from: '2018-06-12', to: '2018-06-12' })).events;
    const details = await service.getEvent({ id: first?.id ?? -1 });
    expect(details?.mentions.length).toBeGreaterThan(0);
    for (const mention of details?.mentions ?? []) {
      const article = await service.getArticle({ id: mention.articleId });
      expect(article?.text.slice(mention.start, mention.end)).toBe(mention.quote);
      expect(mention.derivation).toMatch(/→/);
      expect(article?.mentions.some((m) => m.id === mention.id)).toBe(true);
    }
    expect(await service.getEvent({ id: 999_999 })).toBeNull();
  });

  it('searches with highlighted snippets', async () => {
    const results = await service.search({ query: 'Panmunjom' });
    expect(results.articles.length).toBeGreaterThan(0);
    expect(results.articles[0]?.snippet.some((part) => part.match && part.text === 'Panmunjom')).toBe(true);
  });

  it('records a correction as the user’s, and keeps it', async () => {
    const [event] = (await service.listEvents({ from: '2018-07-01', to: '2018-07-31' })).events;
    const corrected = await service.updateEvent({
      id: event?.id ?? -1,
      patch: { title: 'Corrected title', status: 'possible' },
    });
    expect(corrected).toMatchObject({ title: 'Corrected title', status: 'possible', origin: 'user' });
    expect((await service.getEvent({ id: corrected.id }))?.title).toBe('Corrected title');
  });

  it('imports contents handed over as base64, reporting progress', async () => {
    const steps: number[] = [];
    const unsubscribe = service.onDidImportProgress((progress) => steps.push(progress.done));
    const text =
      'Envoys agree to meet again\nBy Test Desk | Test Wire | July 20, 2018\n\nEnvoys met in Geneva on Thursday and agreed to meet again next week.';
    const summary = await service.importFiles({
      files: [{ name: 'geneva.txt', data: Buffer.from(text).toString('base64') }],
      jobId: 'job-1',
    });
    unsubscribe();
    expect(summary).toMatchObject({ added: 1, failures: [] });
    expect(steps).toEqual([0, 1]);
  });
});

describe('dispatchCall, the gate both transports go through', () => {
  const db = openDatabase(':memory:');
  const service = createTimelineService({ db, databasePath: ':memory:', version: '0' });

  const rejects = async (method: string, argument: unknown, message: RegExp) => {
    const error = await dispatchCall(service, method, argument).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('bad-request');
    expect((error as ApiError).message).toMatch(message);
    expect((error as ApiError).message).not.toContain('\n');
  };

  it('refuses unknown methods, including inherited names', async () => {
    await rejects('dropTables', {}, /Unknown method "dropTables"/);
    await rejects('constructor', {}, /Unknown method/);
    await rejects('__proto__', {}, /Unknown method/);
  });

  it('refuses malformed arguments with a message naming the field', async () => {
    await rejects('listEvents', { from: '2018-02-30', to: '2018-03-01' }, /from: must be a real date/);
    await rejects('listEvents', { from: '2018-05-01', to: '2018-03-01' }, /"from" must not be after "to"/);
    await rejects('listEvents', { from: '2018-01-01', to: '2018-02-01', limit: 1e9 }, /limit/);
    await rejects('getEvent', { id: '1; DROP TABLE events' }, /id/);
    await rejects('getEvent', { id: 1, extra: true }, /Unrecognized key/);
    await rejects('getEvent', null, /Invalid argument for getEvent/);
    await rejects('updateEvent', { id: 1, patch: { status: 'rumoured' } }, /patch.status/);
  });

  it('turns a malformed search into a one-line bad request', async () => {
    await rejects('search', { query: '"unclosed' }, /Malformed search query/);
  });

  it('answers well-formed calls', async () => {
    await expect(dispatchCall(service, 'getOverview', undefined)).resolves.toMatchObject({ articleCount: 0 });
    await expect(dispatchCall(service, 'getEvent', { id: 5 })).resolves.toBeNull();
  });
});

describe('the first window', () => {
  it('spans the publication dates with a margin of at least ten days', () => {
    expect(initialWindow(['2018-06-13', '2018-07-08', '2018-09-27'], '2026-01-01')).toEqual({
      from: '2018-06-03',
      to: '2018-10-07',
    });
  });

  it('ignores a stray publication date when there are many', () => {
    const dates = [
      ...Array.from({ length: 99 }, (_, i) => `2018-0${6 + Math.floor(i / 33)}-1${i % 10}`),
      '1999-01-01',
    ].sort();
    expect(initialWindow(dates, '2026-01-01').from > '2018-01-01').toBe(true);
  });

  it('shows the last year when the library is empty', () => {
    expect(initialWindow([], '2026-11-29')).toEqual({ from: '2025-11-29', to: '2026-11-29' });
  });
});
