/**
 * Whether an event happened, is scheduled, is only possible, or was cancelled; and how sure the date
 * is. Read from the verb group the date attaches to, and from cue words in the sentence.
 */
import type { Certainty, DateInterval, EventStatus } from '../../common/model';
import type { Token, VerbGroup } from './clause';
import { CLAUSE_BREAKS } from './boundaries';

const CANCEL_VERBS = new Set([
  'cancel',
  'call off',
  'postpone',
  'scrap',
  'suspend',
  'delay',
  'halt',
  'shelve',
  'abandon',
  'call off',
]);
const POSSIBLE_CUES =
  /\b(?:possible|possibly|potential|potentially|considering|considered|floated|floating|proposed|proposing|mulling|weighing|perhaps|tentative|tentatively)\b/i;
const APPROXIMATE_CUES =
  /\b(?:around|about|approximately|roughly|circa|some ?time|or so|as early as|as late as|early|late|mid)\s*-?\s*$/i;
const UNCERTAIN_CUES =
  /\b(?:possibly|reportedly|could|may|might|perhaps|allegedly|rumou?red|unconfirmed|tentatively)\b/;

const PLAN_VERBS = new Set(['plan', 'schedule', 'set', 'slate', 'due', 'expect', 'intend']);

/** Whether the sentence says its dated event did not take place ("never took place"). */
export function deniesOccurrence(groups: VerbGroup[]): boolean {
  return deniedOccurrence(groups) !== null;
}

/**
 * Whether a verb group only describes the thing being cancelled: "the drills planned for August",
 * "the summit that was scheduled for June 12" (not "announced on Monday that … were suspended").
 */
function describesCancelledThing(tokens: Token[], group: VerbGroup): boolean {
  const before = tokens[group.first - 1]?.lower ?? '';
  if (['that', 'which'].includes(before)) return true;
  return group.auxiliaries.length === 0 && PLAN_VERBS.has(group.base) && group.first === group.head;
}

/** The verb group (by index) that cancels something, if the sentence has one. */
export function cancelGroup(groups: VerbGroup[]): VerbGroup | null {
  return (
    groups.find(
      (group) =>
        !group.negated && CANCEL_VERBS.has(group.particle ? `${group.base} ${group.particle}` : group.base),
    ) ?? null
  );
}

/** "the meeting never took place", "the talks did not happen": what was dated did not occur. */
function deniedOccurrence(groups: VerbGroup[]): VerbGroup | null {
  return (
    groups.find(
      (group) =>
        group.negated &&
        group.tense === 'past' &&
        ((group.base === 'take' && group.particle === 'place') ||
          ['happen', 'occur', 'materialize', 'materialise'].includes(group.base) ||
          (group.base === 'hold' && group.passive)),
    ) ?? null
  );
}

const SEPARATE_CLAUSES = new Set([';', 'but', 'while', 'whereas', 'although', 'meanwhile', 'though']);

/**
 * A plan told in the same clause as a cancelling verb is the thing cancelled: "called off a trip
 * that Pompeo was due to make next week", "A visit Pompeo had planned in August was called off".
 */
function isCancelledPlan(tokens: Token[], group: VerbGroup, cancel: VerbGroup): boolean {
  const plan =
    group.modality === 'scheduled' ||
    PLAN_VERBS.has(group.base) ||
    group.auxiliaries.some((word) => PLAN_VERBS.has(word));
  if (!plan) return false;
  const [from, to] =
    group.first < cancel.first ? [group.last + 1, cancel.first] : [cancel.last + 1, group.first];
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (SEPARATE_CLAUSES.has(token.lower)) return false;
    if (token.lower === 'and' && tokens[i - 1]?.text === ',') return false;
  }
  return true;
}

export interface StatusInput {
  group: VerbGroup;
  groups: VerbGroup[];
  tokens: Token[];
  sentence: string;
  /** Offsets of the timex in the sentence. */
  timexStart: number;
  intervalStart: string;
  publishedAt: string;
}

/**
 * The status of the event a date attaches to. A date attached to the cancelling verb dates the
 * cancellation itself (it occurred: "were called off last month"); any other date in a sentence
 * that cancels something dates the cancelled event ("the exercises planned for August").
 */
export function statusOf(input: StatusInput): EventStatus {
  const { group, groups, tokens, sentence } = input;
  const cancel = cancelGroup(groups);
  if (
    cancel &&
    cancel !== group &&
    (describesCancelledThing(tokens, group) || isCancelledPlan(tokens, group, cancel))
  )
    return 'cancelled';
  if (deniedOccurrence(groups) && group.tense === 'past' && !group.negated) return 'cancelled';
  if (cancel && cancel === group) {
    const before = sentence.slice(0, input.timexStart).trimEnd().toLowerCase();
    // "postponed until September": the new date is scheduled.
    if (/\b(?:until|till|to)$/.test(before)) return 'scheduled';
    if (group.modality === 'possible') return 'possible';
    if (group.tense === 'future' || group.modality === 'scheduled') return 'scheduled';
    return 'occurred';
  }
  if (group.modality === 'possible') return 'possible';
  const clause = tokens
    .slice(Math.max(0, group.first - 6), group.last + 1)
    .map((token) => token.text)
    .join(' ');
  if (POSSIBLE_CUES.test(clause)) return 'possible';
  if (group.modality === 'scheduled' || group.tense === 'future') return 'scheduled';
  // A future date with a present verb and no modal ("The summit takes place next week") is a plan;
  // a past verb wins over the date (the article may have been dated before it was filed).
  if (group.tense !== 'past' && input.intervalStart > input.publishedAt) return 'scheduled';
  return 'occurred';
}

/** Adjusts the tagger's certainty with cue words near the date and in the clause. */
export function certaintyOf(
  base: Certainty,
  sentence: string,
  timexStart: number,
  group: VerbGroup | null,
  tokens: Token[],
): Certainty {
  const clause = group
    ? tokens
        .slice(group.first, group.last + 1)
        .map((token) => token.text)
        .join(' ')
    : '';
  const near = sentence.slice(Math.max(0, timexStart - 30), timexStart);
  if (UNCERTAIN_CUES.test(clause) || /\b(?:possibly|reportedly|perhaps)\b/i.test(near)) return 'uncertain';
  if (base !== 'exact') return base;
  return APPROXIMATE_CUES.test(near) ? 'approximate' : 'exact';
}

const POSSIBLE_NOUN_CUES =
  /\b(?:possible|potential|proposed|floated|planned|tentative)\s+(?:\w+\s+)?(?:summit|meeting|talks|visit|trip)/i;

/**
 * The status of an event named by a noun ("the exercise this August", "last week's summit"): cancelled
 * when a cancelling verb governs it in the same clause, possible with a cue of possibility, else by
 * its date against the article's.
 */
export function nominalStatusOf(
  tokens: Token[],
  groups: VerbGroup[],
  phraseStart: number,
  sentence: string,
  interval: DateInterval,
  publishedAt: string,
): EventStatus {
  const cancel = cancelGroup(groups);
  const at = tokens.findIndex((token) => token.start >= phraseStart);
  if (cancel) {
    const [from, to] = cancel.last < at ? [cancel.last + 1, at] : [at, cancel.first];
    if (!tokens.slice(from, to).some((token) => CLAUSE_BREAKS.has(token.lower))) return 'cancelled';
  }
  if (groups.some((group) => group.modality === 'possible') || POSSIBLE_NOUN_CUES.test(sentence))
    return 'possible';
  return interval.start > publishedAt ? 'scheduled' : 'occurred';
}
