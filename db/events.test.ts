import { beforeEach, describe, expect, it } from 'vitest';
import { toEndMs, toStartMs } from '../main/common/dates';
import { openDatabase, type Db } from './connection';
import {
  countEventsByBucket,
  countEventsInRange,
  EVENTS_IN_RANGE_SQL,
  findEventsInRange,
  insertEvent,
  type EventFilter,
} from './events';

function windowOf(from: string, to: string): EventFilter {
  return {
    fromMs: toStartMs(from) ?? Number.NaN,
    toMs: toEndMs(to) ?? Number.NaN,
    statuses: null,
    certainties: null,
    sources: null,
    search: null,
    articleId: null,
  };
}

function addEvent(
  db: Db,
  title: string,
  start: string,
  end = start,
  status: 'occurred' | 'scheduled' = 'occurred',
) {
  return insertEvent(db, {
    title,
    description: '',
    start,
    end,
    granularity: start === end ? 'day' : 'month',
    certainty: 'exact',
    status,
    origin: 'user',
  });
}

describe('events overlapping a window', () => {
  let db: Db;
  beforeEach(() => {
    db = openDatabase(':memory:');
    addEvent(db, 'Singapore summit', '2018-06-12');
    addEvent(db, 'Pompeo in Pyongyang', '2018-07-06', '2018-07-07');
    addEvent(db, 'Summer of talks', '2018-06-01', '2018-08-31');
    addEvent(db, 'Pyongyang summit', '2018-09-18', '2018-09-20', 'scheduled');
    addEvent(db, 'Armistice', '1953-07-27');
  });

  it('finds events inside, across either edge, and spanning the window', () => {
    const titles = findEventsInRange(db, windowOf('2018-07-07', '2018-09-18'), 100).map((e) => e.title);
    expect(titles).toEqual(['Summer of talks', 'Pompeo in Pyongyang', 'Pyongyang summit']);
  });

  it('leaves out events that end the day before the window starts (end is inclusive)', () => {
    const titles = findEventsInRange(db, windowOf('2018-06-13', '2018-06-30'), 100).map((e) => e.title);
    expect(titles).toEqual(['Summer of talks']);
  });

  it('handles dates before 1970', () => {
    expect(findEventsInRange(db, windowOf('1953-01-01', '1953-12-31'), 100).map((e) => e.title)).toEqual([
      'Armistice',
    ]);
  });

  it('filters by status and counts without a limit', () => {
    const filter = { ...windowOf('2018-01-01', '2018-12-31'), statuses: ['scheduled' as const] };
    expect(findEventsInRange(db, filter, 100).map((e) => e.title)).toEqual(['Pyongyang summit']);
    expect(countEventsInRange(db, windowOf('2018-01-01', '2018-12-31'))).toBe(4);
    expect(findEventsInRange(db, windowOf('2018-01-01', '2018-12-31'), 2)).toHaveLength(2);
  });

  it('counts events per bucket from the window start', () => {
    const buckets = countEventsByBucket(db, windowOf('2018-06-01', '2018-09-30'), 30 * 86_400_000);
    expect(buckets.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    expect(buckets[0]).toEqual({ bucket: 0, count: 2 });
  });

  it('refuses impossible dates', () => {
    expect(() => addEvent(db, 'bad', '2018-02-30')).toThrow(/Not a valid date: 2018-02-30/);
    expect(() => addEvent(db, 'backwards', '2018-07-02', '2018-07-01')).toThrow(/cannot end/);
  });

  it('answers the window query from the R*Tree bounded on both ends (C0: start < to, E1: end > from), not by scanning events', () => {
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN ${EVENTS_IN_RANGE_SQL}`)
      .all({
        ...windowOf('2018-07-01', '2018-07-31'),
        statuses: null,
        certainties: null,
        sources: null,
        search: null,
        articleId: null,
        limit: 10,
      })
      .map((row) => (row as { detail: string }).detail);
    expect(plan.some((detail) => /^SCAN s VIRTUAL TABLE INDEX 2:(?=.*C0)(?=.*E1)/.test(detail))).toBe(true);
    expect(plan.some((detail) => /SEARCH e USING INTEGER PRIMARY KEY/.test(detail))).toBe(true);
    expect(plan.some((detail) => /^SCAN e\b/.test(detail))).toBe(false);
  });
});
