/**
 * Whether an event happened, is scheduled, is only possible, or was cancelled; and how sure the date
 * is. Read from the verb group the date attaches to, and from cue words in the sentence.
 */
import type { Certainty, EventStatus } from '../../common/model';
import type { Token, VerbGroup } from './clause';

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
    groups.find((group) =>
      CANCEL_VERBS.has(group.particle ? `${group.base} ${group.particle}` : group.base),
    ) ?? null
  );
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
  if (cancel && cancel !== group && describesCancelledThing(tokens, group)) return 'cancelled';
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
