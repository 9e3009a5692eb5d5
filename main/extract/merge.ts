/**
 * Cross-article merging: decides whether an incoming event is one already stored (the Singapore
 * summit reported as "June 12", "last month", "last week's summit") or a different event that only
 * shares its dates (a Senate vote the same day).
 *
 * The decision adds up independent clues into a score:
 *   time       same interval +2, one contains the other +1 (+0.5 when the gap in precision is wide)
 *   actors     +1.5 per shared actor, at most +3
 *   places     +1 per shared place, at most +2
 *   words      +2 for a shared kind of event (summit ~ talks ~ met), +0.5 per other shared content
 *              word, at most +1.5
 *   conflicts  −3 occurred vs cancelled; −2 when both name kinds of event and none is shared;
 *              −1 when both name people and share none
 * and merges at MERGE_THRESHOLD = 4: time alone (at most 2) never merges, and neither does one weak
 * clue on top of it; time plus one strong clue of another kind (a shared event kind, or two
 * shared actors) does.
 */
import type { DateInterval, Granularity } from '../common/model';
import { findEntities } from './event/entities';
import { entryByName } from './event/gazetteer';
import { contentWords, eventKindOf } from './event/keywords';
import type { ExtractedEvent, MergeCandidate, MergeDecision } from './types';

/** The score at which two reports are taken to be the same event. */
export const MERGE_THRESHOLD = 4;

const GRANULARITY_RANK: Record<Granularity, number> = {
  time: 0,
  day: 1,
  week: 2,
  month: 3,
  season: 4,
  quarter: 5,
  year: 6,
  decade: 7,
};
/** From this gap in granularity (a season or a year against a day) a date is too vague to merge on. */
const VAGUE_GAP = 3;
const CERTAINTY_RANK = { exact: 0, approximate: 1, uncertain: 2 } as const;

/**
 * The more precise of two readings of a date: finer granularity wins (day beats week beats month…);
 * on a tie, the surer one (exact beats approximate beats uncertain), then the narrower; else `a`.
 */
export function mostPreciseInterval(a: DateInterval, b: DateInterval): DateInterval {
  const byGranularity = GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity];
  if (byGranularity !== 0) return byGranularity < 0 ? a : b;
  const byCertainty = CERTAINTY_RANK[a.certainty] - CERTAINTY_RANK[b.certainty];
  if (byCertainty !== 0) return byCertainty < 0 ? a : b;
  const widthA = a.end.localeCompare(a.start) === 0 ? 0 : spanDays(a);
  const widthB = b.end.localeCompare(b.start) === 0 ? 0 : spanDays(b);
  // Two day-precise readings where one spans the other ("arrived on Friday for a two-day trip" and
  // "left on Saturday") are parts of one event: its extent is the span, not the narrower day.
  if (DAY_LEVEL.has(a.granularity) && contains(a, b) !== contains(b, a)) return contains(a, b) ? a : b;
  return widthB < widthA ? b : a;
}

const DAY_LEVEL = new Set<Granularity>(['day', 'time']);

function contains(outer: DateInterval, inner: DateInterval): boolean {
  return (
    outer.start.slice(0, 10) <= inner.start.slice(0, 10) && inner.end.slice(0, 10) <= outer.end.slice(0, 10)
  );
}

function spanDays(interval: DateInterval): number {
  return (Date.parse(interval.end.slice(0, 10)) - Date.parse(interval.start.slice(0, 10))) / 86_400_000;
}

interface Clues {
  score: number;
  reasons: string[];
}

function timeClue(a: DateInterval, b: DateInterval, clues: Clues): void {
  const [aStart, aEnd, bStart, bEnd] = [
    a.start.slice(0, 10),
    a.end.slice(0, 10),
    b.start.slice(0, 10),
    b.end.slice(0, 10),
  ];
  if (aStart === bStart && aEnd === bEnd) {
    clues.score += 2;
    clues.reasons.push(aStart === aEnd ? `same day ${aStart}` : `same dates ${aStart}..${aEnd}`);
  } else if ((aStart <= bStart && bEnd <= aEnd) || (bStart <= aStart && aEnd <= bEnd)) {
    const gap = Math.abs(GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity]);
    clues.score += gap > 2 ? 0.5 : 1;
    const [outer, inner] = aStart <= bStart && bEnd <= aEnd ? [a, b] : [b, a];
    clues.reasons.push(`${describe(inner)} lies within ${describe(outer)}`);
  } else if (aStart <= bEnd && bStart <= aEnd) {
    clues.reasons.push('overlapping dates');
  } else {
    // Disjoint dates cannot be one event: the importer should not offer such a candidate.
    clues.score -= 10;
    clues.reasons.push('dates do not overlap');
  }
}

function describe(interval: DateInterval): string {
  const start = interval.start.slice(0, 10);
  const end = interval.end.slice(0, 10);
  return start === end ? start : `${start}..${end}`;
}

function aliasesOf(name: string): string[] {
  return entryByName(name)?.aliases ?? [];
}

function shared(a: string[], b: string[]): string[] {
  const other = new Set(b);
  return [...new Set(a.filter((item) => other.has(item)))];
}

function statusClue(
  incoming: ExtractedEvent['status'],
  stored: MergeCandidate['status'],
  clues: Clues,
): void {
  const pair = new Set([incoming, stored]);
  if (pair.has('cancelled') && pair.has('occurred')) {
    clues.score -= 3;
    clues.reasons.push(`status conflict (${stored} vs ${incoming})`);
  }
}

function isSpecificPlace(name: string): boolean {
  return entryByName(name)?.country !== true;
}

/**
 * Clues that only matter when the dates merely nest ("late September" around September 20): a
 * vague date says little, so the report must not point elsewhere: different specific places (New
 * York vs Pyongyang) count against merging.
 */
function looseTimeClues(
  event: ExtractedEvent,
  candidate: MergeCandidate,
  clues: Clues,
  titleKind: boolean,
): void {
  const places = event.entities
    .filter((entity) => entity.role === 'place' && isSpecificPlace(entity.name))
    .map((entity) => entity.name);
  const theirPlaces = candidate.places.filter(isSpecificPlace);
  const known = new Set(
    [...candidate.places, ...candidate.actors].flatMap((name) => [name, ...aliasesOf(name)]),
  );
  const gap = Math.abs(
    GRANULARITY_RANK[event.interval.granularity] - GRANULARITY_RANK[candidate.interval.granularity],
  );
  // The vaguer the date, the more a different place says the report is about something else.
  if (places.length > 0 && theirPlaces.length > 0 && !places.some((name) => known.has(name))) {
    clues.score -= gap >= VAGUE_GAP ? 3 : 2;
    clues.reasons.push(`different places (${theirPlaces[0]} vs ${places[0]})`);
  }
  // "before the end of the year" against a day: only a specific clue (the same city, or a kind of
  // event named in a title) may tie so vague a date to one day; people and words alone do not.
  const sharedPlace = places.some((name) => theirPlaces.includes(name));
  if (gap >= VAGUE_GAP && !sharedPlace && !titleKind) {
    clues.score -= 4;
    clues.reasons.push('vague date without a shared place or named kind of event');
  }
}

function sameInterval(a: DateInterval, b: DateInterval): boolean {
  return a.start.slice(0, 10) === b.start.slice(0, 10) && a.end.slice(0, 10) === b.end.slice(0, 10);
}

function kindsIn(text: string, ignored: Set<string>): Map<string, string> {
  const kinds = new Map<string, string>();
  for (const [stem, word] of contentWords(text)) {
    const kind = eventKindOf(stem);
    if (kind && !ignored.has(kind) && !kinds.has(kind)) kinds.set(kind, word.toLowerCase());
  }
  return kinds;
}

interface Texts {
  title: string;
  all: string;
}

/**
 * A shared kind of event. When a title names a kind, it leads: the kind named by one title must
 * appear in the other's reports ("Pompeo's visit" is no "exercise", however many sentences around
 * the exercise mention talks); a report whose title names none is led by its sentences' kinds.
 */
function kindClue(ours: Texts, theirs: Texts, clues: Clues, ignored: Set<string>): boolean {
  const titleOurs = kindsIn(ours.title, ignored);
  const titleTheirs = kindsIn(theirs.title, ignored);
  const allOurs = kindsIn(ours.all, ignored);
  const allTheirs = kindsIn(theirs.all, ignored);
  const leadOurs = titleOurs.size > 0 ? titleOurs : allOurs;
  const leadTheirs = titleTheirs.size > 0 ? titleTheirs : allTheirs;
  const sharedKinds = [
    ...[...leadOurs.keys()].filter((kind) => allTheirs.has(kind)),
    ...[...leadTheirs.keys()].filter((kind) => allOurs.has(kind)),
  ];
  if (sharedKinds.length > 0) {
    clues.score += 2;
    const kind = sharedKinds[0] as string;
    const mine = (titleOurs.get(kind) ?? allOurs.get(kind)) as string;
    const yours = (titleTheirs.get(kind) ?? allTheirs.get(kind)) as string;
    clues.reasons.push(`same kind of event (${mine === yours ? mine : `${yours} ~ ${mine}`})`);
    // Only a kind both titles name may tie a vague date to a day: a kind one title names and
    // the other report merely mentions ("Kim's visit to Seoul" against a day of talks that
    // speaks of visits) is too weak a clue for that.
    return sharedKinds.some((kind) => titleOurs.has(kind) && titleTheirs.has(kind));
  } else if (allOurs.size > 0 && allTheirs.size > 0) {
    clues.score -= 2;
    const mine = [...leadOurs.values()][0];
    const yours = [...leadTheirs.values()][0];
    clues.reasons.push(`different kinds of event (${yours} vs ${mine})`);
  }
  return false;
}

function wordClues(ours: string, theirs: string, clues: Clues, counted: string[], cap: number): void {
  const mine = contentWords(ours);
  const yours = contentWords(theirs);
  // Words of names already counted as shared actors or places would count twice.
  const countedStems = new Set([...contentWords(counted.join(' ')).keys()]);
  const words = [...mine.keys()]
    .filter((stem) => yours.has(stem) && !eventKindOf(stem) && !countedStems.has(stem))
    .map((stem) => mine.get(stem) as string);
  if (words.length > 0) {
    clues.score += Math.min(cap, 0.5 * words.length);
    clues.reasons.push(`shared words ${words.slice(0, 5).join(', ')}`);
  }
}

/**
 * Two reports whose leading people differ and do not appear in each other ("Trump says …" and
 * "Pompeo meets Ri …" on one day) tell acts of different people.
 */
function leadClue(event: ExtractedEvent, candidate: MergeCandidate, clues: Clues): void {
  const people = event.entities.filter((entity) => entity.kind === 'person' && entity.role === 'actor');
  const ourLead = people[0]?.name;
  const theirLead = findEntities(candidate.title).find((entity) => entity.kind === 'person')?.name;
  if (!ourLead || !theirLead || ourLead === theirLead) return;
  if (candidate.actors.includes(ourLead) || people.some((person) => person.name === theirLead)) return;
  clues.score -= 2;
  clues.reasons.push(`different people act (${theirLead} vs ${ourLead})`);
}

/** Scores one stored candidate against an incoming event; exported for tests and diagnostics. */
export function scoreMerge(
  event: ExtractedEvent,
  candidate: MergeCandidate,
): { score: number; reason: string } {
  const clues: Clues = { score: 0, reasons: [] };
  timeClue(event.interval, candidate.interval, clues);
  const actors = event.entities.filter((entity) => entity.role === 'actor').map((entity) => entity.name);
  const places = event.entities.filter((entity) => entity.role === 'place').map((entity) => entity.name);
  const sharedActors = shared(actors, [...candidate.actors, ...candidate.places]);
  const sharedPlaces = shared(places, [...candidate.places, ...candidate.actors]).filter(
    (name) => !sharedActors.includes(name),
  );
  if (sharedActors.length > 0) {
    clues.score += Math.min(3, 1.5 * sharedActors.length);
    clues.reasons.push(`shared actors ${sharedActors.join(', ')}`);
  }
  if (sharedPlaces.length > 0) {
    clues.score += Math.min(2, sharedPlaces.length);
    clues.reasons.push(`shared places ${sharedPlaces.join(', ')}`);
  }
  const people = event.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.name);
  if (
    people.length > 0 &&
    candidate.actors.length > 0 &&
    sharedActors.length === 0 &&
    shared(people, candidate.actors).length === 0
  ) {
    clues.score -= 1;
    clues.reasons.push('no actor in common');
  }
  const counted = [...sharedActors, ...sharedPlaces].flatMap((name) => [name, ...aliasesOf(name)]);
  const ours = { title: event.title, all: `${event.title}. ${event.mention.quote}` };
  const theirs = { title: candidate.title, all: `${candidate.title}. ${candidate.quotes.join(' ')}` };
  // A cancelled event is reported with a word of cancelling: that word tells its status, not its kind.
  const ignored = new Set(
    event.status === 'cancelled' || candidate.status === 'cancelled' ? ['cancellation'] : [],
  );
  const titleKind = kindClue(ours, theirs, clues, ignored);
  const loose = !sameInterval(event.interval, candidate.interval);
  // Beside a vague date, shared words are weak evidence: they count for little.
  wordClues(ours.all, theirs.all, clues, counted, loose ? 0.5 : 1.5);
  leadClue(event, candidate, clues);
  if (loose) looseTimeClues(event, candidate, clues, titleKind);
  statusClue(event.status, candidate.status, clues);
  return {
    score: clues.score,
    reason: `${clues.reasons.join('; ')} (score ${clues.score}, merge at ${MERGE_THRESHOLD})`,
  };
}

/**
 * The stored event an incoming one should merge into, with the clues in words, or null when no
 * candidate scores MERGE_THRESHOLD. Candidates are the stored events whose intervals overlap.
 */
export function findMergeTarget(event: ExtractedEvent, candidates: MergeCandidate[]): MergeDecision | null {
  let best: { candidate: MergeCandidate; score: number; reason: string } | null = null;
  for (const candidate of candidates) {
    // Extraction already told this sentence's events apart: one that holds this very sentence
    // under another title is a different event of it ("stood on Mount Paektu" / "three-day visit").
    if (candidate.quotes.includes(event.mention.quote) && candidate.title !== event.title) continue;
    const { score, reason } = scoreMerge(event, candidate);
    if (score < MERGE_THRESHOLD) continue;
    if (!best || score > best.score || (score === best.score && candidate.id < best.candidate.id))
      best = { candidate, score, reason };
  }
  return best ? { targetId: best.candidate.id, reason: best.reason } : null;
}
