import { describe, expect, it } from 'vitest';
import type { EventSummary } from '../../../main/common/api';
import { bucketId, bucketSpan, laneName, laneOf } from './items';

const event: EventSummary = {
  id: 1,
  title: 'Talks',
  start: '2018-07-06',
  end: '2018-07-07',
  granularity: 'day',
  certainty: 'exact',
  status: 'scheduled',
  origin: 'extracted',
  actors: ['Mike Pompeo', 'Kim Yong Chol'],
  places: [],
  sources: [],
  mentionCount: 1,
};

describe('timeline items', () => {
  it('puts an event in the lane of its status, first actor or first source', () => {
    expect(laneOf(event, 'none')).toBeUndefined();
    expect(laneOf(event, 'status')).toBe('scheduled');
    expect(laneOf(event, 'actor')).toBe('Mike Pompeo');
    const unsourced = laneOf(event, 'source');
    expect(unsourced).toBeDefined();
    expect(unsourced).not.toBe('');
    expect(laneName(unsourced as string, 'source')).toBe('Unknown source');
    expect(laneName('scheduled', 'status')).toBe('Scheduled');
  });

  it('recognises a bucket id and recovers its span, inclusive end', () => {
    const id = bucketId({ start: '2018-07-01', end: '2018-07-31', count: 12 });
    expect(bucketSpan(id)).toEqual({ start: Date.UTC(2018, 6, 1), end: Date.UTC(2018, 7, 1) });
    expect(bucketSpan(42)).toBeNull();
  });
});
