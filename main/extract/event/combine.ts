/**
 * One sentence may date one event twice: "on Friday, July 6" (the same day twice) or "on Friday and
 * Saturday" (two days of one event). Candidates sharing a verb group are combined here.
 */
import type { DateInterval, Timex } from '../../common/model';
import { mostPreciseInterval } from '../merge';
import type { ExtractedEvent } from '../types';
import type { VerbGroup } from './clause';
import { describeDerivation } from './derivation';

export interface Candidate {
  event: ExtractedEvent;
  group: VerbGroup | null;
  /** The timex, with offsets in the sentence. */
  timex: Timex;
}

const COORDINATION = /^\s*(?:,?\s*and|to|through|until|till|-|–|—)\s*$/;

const COORDINATED_GRANULARITIES = new Set<string>(['day', 'month', 'year']);

function nested(a: DateInterval, b: DateInterval): boolean {
  return (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
}

/**
 * Keeps the most precise of nested readings of one group's date, and joins coordinated days
 * ("Friday and Saturday", "July 6 to 8") into one interval.
 */
export function combineCandidates(
  candidates: Candidate[],
  sentence: string,
  sentenceStart: number,
  publishedAt: string,
): ExtractedEvent[] {
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const sameGroup = kept.findIndex((other) => other.group === candidate.group && other.group !== null);
    const other = kept[sameGroup];
    if (!other) {
      kept.push(candidate);
      continue;
    }
    if (nested(other.event.interval, candidate.event.interval)) {
      if (mostPreciseInterval(other.event.interval, candidate.event.interval) !== other.event.interval)
        kept[sameGroup] = candidate;
      continue;
    }
    const between = sentence.slice(other.timex.end, candidate.timex.start);
    // "on Friday and Saturday", "in March and April", "in 2014 and 2015": one event over both.
    const granularity = other.event.interval.granularity;
    const alike =
      COORDINATED_GRANULARITIES.has(granularity) && candidate.event.interval.granularity === granularity;
    if (alike && COORDINATION.test(between) && candidate.event.interval.start > other.event.interval.end) {
      kept[sameGroup] = joined(other, candidate, sentence, sentenceStart, publishedAt);
      continue;
    }
    kept.push(candidate);
  }
  return kept.map((candidate) => candidate.event);
}

function joined(
  first: Candidate,
  second: Candidate,
  sentence: string,
  sentenceStart: number,
  publishedAt: string,
): Candidate {
  const interval: DateInterval = { ...first.event.interval, end: second.event.interval.end };
  if (second.event.interval.certainty !== 'exact') interval.certainty = second.event.interval.certainty;
  // The mention's timex spans both phrases; its value stays the first one's (TIMEX3 has no range value).
  const timex: Timex = {
    ...first.timex,
    end: second.timex.end,
    text: sentence.slice(first.timex.start, second.timex.end),
  };
  const mentionTimex: Timex = {
    ...timex,
    start: timex.start + sentenceStart,
    end: timex.end + sentenceStart,
  };
  const event: ExtractedEvent = {
    ...first.event,
    interval,
    mention: {
      ...first.event.mention,
      timex: mentionTimex,
      interval,
      derivation: describeDerivation(timex, interval, publishedAt),
    },
  };
  return { event, group: first.group, timex };
}
