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

describe('findMergeTarget with vague dates and different actors', () => {
  const visit = eventOf('Moon Jae-in flew into Pyongyang on Tuesday to visit Kim.', '2018-09-20');

  it('keeps a month-vague report about another place apart from a day event of the same people', () => {
    const elsewhere = eventOf(
      'Moon Jae-in is also expected to meet Kim in New York in late September.',
      '2018-08-25',
    );
    const { score, reason } = scoreMerge(elsewhere, stored(1, visit));
    expect(reason).toContain('different places (Pyongyang vs New York)');
    expect(score).toBeLessThan(MERGE_THRESHOLD);
  });

  it('does not tie a year-vague "could happen" to a day by people and words alone', () => {
    const vague = eventOf(
      'Kim said a meeting with Moon Jae-in could happen before the end of the year.',
      '2018-09-20',
    );
    const stand = eventOf('Moon Jae-in and Kim stood side by side on Thursday.', '2018-09-21');
    const { score, reason } = scoreMerge(vague, stored(2, stand));
    expect(reason).toContain('vague date without a shared place or named kind of event');
    expect(score).toBeLessThan(MERGE_THRESHOLD);
  });

  it('keeps apart acts of different people on one day even when the words match', () => {
    const meeting = eventOf('Pompeo met Ri Yong Ho in New York on Wednesday.', '2018-09-27');
    const remark = eventOf('Trump said on Wednesday that he would meet Kim again.', '2018-09-27');
    const { score, reason } = scoreMerge(remark, stored(3, meeting));
    expect(reason).toContain('different people act (Mike Pompeo vs Donald Trump)');
    expect(score).toBeLessThan(MERGE_THRESHOLD);
  });

  it('lets a kind named in a title lead: a visit is no exercise, whatever the sentences mention', () => {
    const exercise = eventOf('The drills planned for August were called off after the summit.', '2018-06-19');
    const trip = eventOf('A visit Pompeo had planned in August was called off by Trump.', '2018-09-27');
    expect(scoreMerge(trip, stored(4, exercise)).reason).toContain('different kinds of event');
    expect(findMergeTarget(trip, [stored(4, exercise)])).toBeNull();
  });

  it('never folds another event of the same sentence into one told apart by extraction', () => {
    const events = extractEvents({
      text: 'Moon Jae-in and Kim stood on the mountain on Thursday morning, at the end of a three-day visit.',
      publishedAt: '2018-09-20',
    });
    expect(events).toHaveLength(2);
    const [first, second] = events as [ExtractedEvent, ExtractedEvent];
    expect(scoreMerge(second, stored(5, first)).score).toBeGreaterThanOrEqual(MERGE_THRESHOLD);
    expect(findMergeTarget(second, [stored(5, first)])).toBeNull();
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

  it('keeps the span of two day-precise readings where one contains the other', () => {
    const span: DateInterval = {
      start: '2018-07-06',
      end: '2018-07-07',
      granularity: 'day',
      certainty: 'exact',
    };
    const oneDay: DateInterval = { ...span, start: '2018-07-07' };
    expect(mostPreciseInterval(oneDay, span)).toBe(span);
    expect(mostPreciseInterval(span, oneDay)).toBe(span);
  });

  it('breaks a tie of granularity by certainty', () => {
    const exactDay: DateInterval = { ...day, certainty: 'exact' };
    expect(mostPreciseInterval(day, exactDay)).toBe(exactDay);
    expect(mostPreciseInterval(exactDay, day)).toBe(exactDay);
  });
});
