import { describe, expect, it } from 'vitest';
import type { DateInterval } from '../common/model';
import { extractEvents } from './event/extract';
import { MERGE_THRESHOLD, findMergeTarget, mostPreciseInterval, scoreMerge } from './merge';
import type { ExtractedEvent, MergeCandidate } from './types';

/** The single event a sentence yields, through the real extraction pipeline. */
function eventOf(text: string, publishedAt: string): ExtractedEvent {
  const events = extractEvents({ text, publishedAt });
  expect(events, text).toHaveLength(1);
  return events[0] as ExtractedEvent;
}

/** A stored event as the importer would present it, made from an extracted one. */
function stored(id: number, event: ExtractedEvent): MergeCandidate {
  return {
    id,
    title: event.title,
    interval: event.interval,
    status: event.status,
    actors: event.entities.filter((entity) => entity.role === 'actor').map((entity) => entity.name),
    places: event.entities.filter((entity) => entity.role === 'place').map((entity) => entity.name),
    quotes: [event.mention.quote],
  };
}

const SUMMIT_DAY = eventOf(
  'Trump and Kim met at the June 12 summit in Singapore, their first meeting.',
  '2018-06-13',
);
const SUMMIT_VERBAL = eventOf('On June 12, Trump met Kim in Singapore.', '2018-06-13');

describe('findMergeTarget', () => {
  it('merges "last month\'s summit with Kim" into the June 12 summit in Singapore', () => {
    const incoming = eventOf("Trump said last month's summit with Kim was a success.", '2018-07-07');
    const decision = findMergeTarget(incoming, [stored(7, SUMMIT_DAY)]);
    expect(decision?.targetId).toBe(7);
    expect(decision?.reason).toContain('2018-06-12 lies within 2018-06-01..2018-06-30');
    // Trump only speaks of the summit here; Kim is named as taking part in it.
    expect(decision?.reason).toContain('shared actors Kim Jong Un');
    expect(decision?.reason).toContain('summit');
  });

  it('merges "this past June" and "last week\'s summit" readings of the same summit', () => {
    const pastJune = eventOf('Trump and Kim held a summit in Singapore this past June.', '2018-07-07');
    expect(findMergeTarget(pastJune, [stored(1, SUMMIT_VERBAL)])?.targetId).toBe(1);
    const lastWeek = eventOf("Kim praised last week's summit in Singapore.", '2018-06-18');
    expect(findMergeTarget(lastWeek, [stored(1, SUMMIT_VERBAL)])?.targetId).toBe(1);
  });

  it('keeps a Senate vote apart from the summit on the same day', () => {
    const vote = eventOf('The Senate voted on a bill on June 12.', '2018-06-13');
    const { score, reason } = scoreMerge(vote, stored(1, SUMMIT_VERBAL));
    expect(score).toBeLessThan(MERGE_THRESHOLD);
    expect(reason).toContain('same day 2018-06-12');
    expect(findMergeTarget(vote, [stored(1, SUMMIT_VERBAL)])).toBeNull();
  });

  it('keeps apart two acts of one person on the same day', () => {
    const signing = eventOf('Trump signed a defense bill in Washington on June 12.', '2018-06-13');
    expect(findMergeTarget(signing, [stored(1, SUMMIT_VERBAL)])).toBeNull();
  });

  it('counts a cancelled-versus-occurred conflict against merging', () => {
    const cancelled = eventOf(
      'The summit with Kim planned for June 12 in Singapore was called off.',
      '2018-05-25',
    );
    expect(cancelled.status).toBe('cancelled');
    expect(cancelled.title).toBe('Summit with Kim');
    const { score, reason } = scoreMerge(cancelled, stored(1, SUMMIT_VERBAL));
    expect(reason).toContain('status conflict (occurred vs cancelled)');
    const asOccurred = scoreMerge({ ...cancelled, status: 'occurred' }, stored(1, SUMMIT_VERBAL));
    expect(asOccurred.score - score).toBe(3);
    expect(findMergeTarget(cancelled, [stored(1, SUMMIT_VERBAL)])).toBeNull();
  });

  it('merges a scheduled report into the event that later occurred', () => {
    const plan = eventOf('Trump will meet Kim in Singapore on June 12.', '2018-06-01');
    expect(findMergeTarget(plan, [stored(3, SUMMIT_VERBAL)])?.targetId).toBe(3);
  });

  it('picks the best-scoring candidate among several', () => {
    const vote = eventOf('The Senate voted on a bill on June 12.', '2018-06-13');
    const incoming = eventOf(
      'Kim and Trump shook hands in Singapore on June 12 before their summit.',
      '2018-06-14',
    );
    expect(findMergeTarget(incoming, [stored(4, vote), stored(9, SUMMIT_VERBAL)])?.targetId).toBe(9);
  });
});

describe('mostPreciseInterval', () => {
  const day: DateInterval = {
    start: '2018-06-12',
    end: '2018-06-12',
    granularity: 'day',
    certainty: 'approximate',
  };
  const month: DateInterval = {
    start: '2018-06-01',
    end: '2018-06-30',
    granularity: 'month',
    certainty: 'exact',
  };
  const week: DateInterval = {
    start: '2018-06-11',
    end: '2018-06-17',
    granularity: 'week',
    certainty: 'exact',
  };

  it('prefers the finer granularity whatever the order', () => {
    expect(mostPreciseInterval(month, day)).toBe(day);
    expect(mostPreciseInterval(day, month)).toBe(day);
    expect(mostPreciseInterval(month, week)).toBe(week);
  });

  it('breaks a tie of granularity by certainty', () => {
    const exactDay: DateInterval = { ...day, certainty: 'exact' };
    expect(mostPreciseInterval(day, exactDay)).toBe(exactDay);
    expect(mostPreciseInterval(exactDay, day)).toBe(exactDay);
  });
});
