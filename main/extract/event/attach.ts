/**
 * Which words a date belongs to: the verb group it modifies ("met … on June 12"), or the noun it
 * qualifies ("the June 12 summit", "last month's talks"); and durations that stretch a date
 * ("a two-day trip … today").
 */
import { addDays } from '../../common/dates';
import type { DateInterval, Timex } from '../../common/model';
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { CLAUSE_BREAKS, CLAUSE_WORDS } from './boundaries';
import { EVENT_NOUNS } from './keywords';
import { endsAnotherEvent } from './span';
import { readVerb } from './verbs';

// Attaching a date to its verb also stops at the looser clause openers.
const ATTACH_BREAKS = new Set([...CLAUSE_BREAKS, 'whereas', 'where', 'when', 'whom', 'whose']);
// Adverbs that may stand between a subject and its verb: "Pompeo afterwards accepted".
const VERB_ADVERBS = new Set([
  'afterwards',
  'afterward',
  'later',
  'then',
  'also',
  'subsequently',
  'again',
  'soon',
  'now',
  'still',
  'instead',
  'once',
  'thus',
  'meanwhile',
]);
// "what are believed to be", "is said to have": a hedge on the facts, never the event itself.
const HEDGE_PASSIVES = new Set([
  'believe',
  'think',
  'say',
  'report',
  'know',
  'consider',
  'understand',
  'estimate',
  'presume',
  'suppose',
  'allege',
  'rumor',
  'rumour',
]);
const PREPOSITIONS_BEFORE_NOUN = new Set([
  'for',
  'at',
  'since',
  'of',
  'after',
  'before',
  'during',
  'from',
  'to',
  'in',
  'on',
  'with',
  'about',
  'over',
  'until',
  'ahead',
]);
const PLAN_PARTICIPLES = new Set(['plan', 'schedule', 'set', 'slate', 'expect', 'due']);
const START_VERBS = new Set(['begin', 'start', 'arrive', 'launch', 'open', 'kick', 'embark', 'land', 'set']);
const DURATION_UNITS: Record<string, number> = { D: 1, W: 7 };

function firstTokenAt(tokens: Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.start >= offset);
  return index === -1 ? tokens.length : index;
}

function hasBreak(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (ATTACH_BREAKS.has((tokens[i] as Token).lower)) return true;
  return false;
}

/**
 * The verb group a date modifies: the closest one before it in the same clause, else the closest
 * after it ("On June 12, Trump and Kim met"). A purpose infinitive ("met … to discuss") defers to
 * the finite verb before it.
 */
export function attachGroup(
  tokens: Token[],
  groups: VerbGroup[],
  timex: Timex,
  future = false,
): VerbGroup | null {
  const at = firstTokenAt(tokens, timex.start);
  const endAt = firstTokenAt(tokens, timex.end);
  // ", elected in 1990,": a participle phrase after a comma dates only what it describes.
  const usable = groups.filter(
    (group) =>
      (!isParentheticalReport(tokens, group) || groups.length === 1) &&
      !isHedge(tokens, group) &&
      (!group.reduced || holdsDate(tokens, groups, group, at)),
  );
  const before = usable.filter((group) => group.last < at && !hasBreak(tokens, group.last + 1, at));
  const after = usable.filter((group) => group.first >= endAt && !hasBreak(tokens, endAt, group.first));
  let chosen: VerbGroup | undefined = before[before.length - 1];
  // "and on the night of Dec. 19, deleted …": a date fronted after "and" dates the verb after it.
  const fronted = after[0];
  if (chosen && fronted && isFrontedAfterAnd(tokens, chosen.last + 1, at, endAt, fronted.first))
    return fronted;
  // "fell in March before picking up again in May": a gerund after a subordinator is its own event.
  const subordinate = chosen !== undefined && !chosen.finite && isSubordinateGerund(tokens, chosen);
  if (
    chosen &&
    !chosen.finite &&
    !subordinate &&
    !(chosen.reduced && holdsDate(tokens, groups, chosen, at))
  ) {
    const finite = [...before].reverse().find((group) => group.finite);
    // "accepted an invitation to visit Pyongyang next month": a past verb cannot take a future
    // date, so the date belongs to the infinitive (a plan); otherwise the infinitive only says
    // what for ("met on Tuesday to discuss …").
    const infinitiveKeeps =
      future && finite !== undefined && finite.tense === 'past' && finite.modality === 'none';
    if (!infinitiveKeeps) chosen = finite ?? chosen;
  }
  // "said in a statement carried by KCNA late Saturday": a participle after a noun only modifies it.
  // A plan participle keeps the date that follows it directly ("planned for August").
  const keepsDate = chosen !== undefined && PLAN_PARTICIPLES.has(chosen.base) && at - chosen.last <= 2;
  if (chosen && !subordinate && isReducedRelative(tokens, chosen) && !keepsDate) {
    const current = chosen;
    chosen = [...before].reverse().find((group) => group !== current && group.finite) ?? chosen;
  }
  chosen ??= after[0];
  if (chosen) return chosen;
  // Across a clause break, the nearest finite group is still a better guess than nothing.
  // With no finite verb at all, a participle phrase is all the sentence has to tell.
  const finite = groups.filter((group) => group.finite);
  const pool = finite.length > 0 ? finite : groups;
  return pool.sort((a, b) => Math.abs(a.head - at) - Math.abs(b.head - at))[0] ?? null;
}

const SUBORDINATORS = new Set(['before', 'after', 'while', 'since', 'without', 'despite', 'when']);

/** "before picking up again", "after falling": a gerund a subordinator heads. */
function isSubordinateGerund(tokens: Token[], group: VerbGroup): boolean {
  return (
    /ing$/.test(tokens[group.head]?.lower ?? '') &&
    group.auxiliaries.length === 0 &&
    SUBORDINATORS.has(tokens[group.first - 1]?.lower ?? '')
  );
}

/**
 * "…, and on the night of Dec. 19, 2016, deleted": after "and", a phrase holding the date and then
 * a comma and a verb; the date is fronted to that verb, not added to the clause before "and".
 */
function isFrontedAfterAnd(tokens: Token[], from: number, at: number, endAt: number, verb: number): boolean {
  let and = -1;
  for (let i = from; i < at; i++) if (['and', 'but', 'then'].includes((tokens[i] as Token).lower)) and = i;
  if (and < 0 || at - and > 6) return false;
  for (let i = and + 1; i < at; i++) if (PHRASE_END.test((tokens[i] as Token).text)) return false;
  const between = tokens.slice(endAt, verb).map((token) => token.text);
  return between.length === 1 && between[0] === ',';
}

const PHRASE_END = /^[,;:.!?—–()]$/;

/**
 * Whether a participle phrase after a comma holds the date at token `at` ("filed in May"), and
 * describes a noun rather than a time (not "at 10 a.m. Monday, followed by a tour at noon").
 */
function holdsDate(tokens: Token[], groups: VerbGroup[], group: VerbGroup, at: number): boolean {
  // ", compared with a loss in the 1988 period": a comparison dates the figure compared, no event.
  if (at <= group.last || group.base === 'compare') return false;
  let opener = -1;
  for (let i = group.last + 1; i < at; i++) {
    const token = tokens[i] as Token;
    if (PHRASE_END.test(token.text)) return false;
    if (CLAUSE_WORDS.has(token.lower)) opener = i;
  }
  // "first held in 1946 after a planned 1939 edition was abandoned": the date is in a clause of
  // its own when a verb follows it ("released after the close of trading on Tuesday" has none).
  if (opener >= 0) {
    let end = at;
    while (end < tokens.length && !PHRASE_END.test((tokens[end] as Token).text)) end++;
    if (groups.some((other) => other.first > at && other.first < end)) return false;
  }
  let comma = group.first - 1;
  if (tokens[comma]?.text !== ',') comma--;
  return tokens[comma - 1]?.inside !== 'timex';
}

function isHedge(tokens: Token[], group: VerbGroup): boolean {
  return group.passive && HEDGE_PASSIVES.has(group.base) && tokens[group.last + 1]?.lower === 'to';
}

/** ", officials said," inside another clause: the report is not the event being dated. */
function isParentheticalReport(tokens: Token[], group: VerbGroup): boolean {
  if (!['say', 'tell', 'add', 'note'].includes(group.base)) return false;
  const next = tokens[group.last + 1]?.text ?? '';
  let i = group.first - 1;
  while (i >= 0 && tokens[i]?.text !== ',' && group.first - i <= 4) i--;
  return tokens[i]?.text === ',' && (next === ',' || next === '.' || next === '');
}

// Past forms that are never participles (their participles differ: began/begun, went/gone).
const SIMPLE_PAST_ONLY = new Set(
  'began came went ran saw took gave wrote spoke broke chose drove flew knew threw rose fell ate grew drew swam sang rang sank stole woke wore tore froze forgot hid rode shook forbade did'.split(
    ' ',
  ),
);

/** A bare past participle right after a common noun: "the exercises planned for", "a statement carried by". */
export function isReducedRelative(tokens: Token[], group: VerbGroup): boolean {
  if (group.auxiliaries.length > 0 || group.first !== group.head) return false;
  // Only a participle can reduce a relative clause: "residents who fled … began returning".
  if (SIMPLE_PAST_ONLY.has(tokens[group.head]?.lower ?? '')) return false;
  const previous = tokens[group.first - 1];
  return (
    previous !== undefined &&
    /^[a-z]+$/.test(previous.text) &&
    !['and', 'or', 'but', 'to', 'who', 'which', 'that', 'he', 'she', 'they', 'it', 'we'].includes(
      previous.lower,
    ) &&
    !VERB_ADVERBS.has(previous.lower) &&
    !/ly$/.test(previous.lower)
  );
}

/** The event noun phrase a date qualifies, with its offsets in the sentence. */
export interface NominalPhrase {
  start: number;
  end: number;
  /** The phrase without its article: "June 12 summit in Singapore" reads "summit in Singapore". */
  words: string[];
  /** The event noun itself: "summit". */
  noun: string;
  /** "the meeting", "Pompeo's visit": a phrase that points back to an event already told. */
  definite: boolean;
  /** Whether the date stands before the noun ("the June 12 summit") or after it ("the summit last month"). */
  prenominal: boolean;
  /** The preposition that governs the phrase ("at" in "met at the June 12 summit"), if any. */
  preposition: string | null;
}

/**
 * The event noun a date qualifies rather than a verb: before it ("the June 12 summit", "last week's
 * talks") or right after it when the noun is governed by a preposition ("planning for the exercise
 * this August", "since Pompeo's visit last month"). Null when the date modifies a verb.
 */
export function nominalPhrase(tokens: Token[], timex: Timex): NominalPhrase | null {
  const phrase = prenominalPhrase(tokens, timex) ?? postnominalPhrase(tokens, timex);
  return phrase && !isMedium(tokens, phrase) ? phrase : null;
}

/** Nouns of the medium a report comes in: "said in a statement late Wednesday". */
const MEDIUM_NOUNS = new Set(['statement', 'interview', 'speech', 'letter', 'address', 'message', 'post']);

/**
 * "said in a statement late Wednesday that …", "Bush, in a statement Saturday, called …": a
 * statement or an interview is how the news came; its date dates the verb it goes with.
 */
function isMedium(tokens: Token[], phrase: NominalPhrase): boolean {
  if (!MEDIUM_NOUNS.has(phrase.noun)) return false;
  let at = firstTokenAt(tokens, phrase.start);
  while (at > 0 && at > firstTokenAt(tokens, phrase.start) - 4 && tokens[at - 1]?.lower !== 'in') at--;
  return tokens[at - 1]?.lower === 'in';
}

function prenominalPhrase(tokens: Token[], timex: Timex): NominalPhrase | null {
  let index = firstTokenAt(tokens, timex.end);
  if (/^['’]s$/.test(tokens[index]?.lower ?? '')) index++;
  const head = tokens[index];
  if (head === undefined || !EVENT_NOUNS.has(head.lower)) return null;
  const words: string[] = [];
  let end = head.end;
  for (let i = index; i < tokens.length && words.length < 6; i++) {
    const token = tokens[i] as Token;
    if (
      /^[,;:.!?—–()"“”]$/.test(token.text) ||
      ['was', 'were', 'is', 'are', 'will', 'has', 'had', 'that', 'which', 'who', 'and'].includes(token.lower)
    )
      break;
    if (['a', 'an', 'the'].includes(token.lower)) continue;
    words.push(token.text);
    end = token.end;
  }
  while (words.length > 1 && PREPOSITIONS_BEFORE_NOUN.has((words[words.length - 1] as string).toLowerCase()))
    words.pop();
  // "with Kim Jong Un." at the end of the sentence: the period is not the name's.
  const last = words[words.length - 1] ?? '';
  if (/^[^.]+\.$/.test(last)) words[words.length - 1] = last.slice(0, -1);
  const at = firstTokenAt(tokens, timex.start);
  const definite = /^the\b/i.test(timex.text) || tokens[at - 1]?.lower === 'the';
  const lead = tokens[at - 1]?.lower === 'the' ? tokens[at - 2] : tokens[at - 1];
  const preposition = lead && PREPOSITIONS_BEFORE_NOUN.has(lead.lower) ? lead.lower : null;
  return { start: head.start, end, words, noun: head.lower, definite, prenominal: true, preposition };
}

function postnominalPhrase(tokens: Token[], timex: Timex): NominalPhrase | null {
  let at = firstTokenAt(tokens, timex.start);
  if (['this', 'the'].includes(tokens[at - 1]?.lower ?? '') && !(tokens[at - 1] as Token).protected) at--;
  const head = tokens[at - 1];
  if (head === undefined || head.protected || !EVENT_NOUNS.has(head.lower)) return null;
  // Back over the noun's modifiers to the preposition that governs the phrase.
  let from = at - 1;
  while (from > 0 && at - from < 6) {
    const token = tokens[from - 1] as Token;
    if (PREPOSITIONS_BEFORE_NOUN.has(token.lower)) break;
    if (/^[,;:.!?—–()"“”]$/.test(token.text) || readVerb(token.lower).length > 0) return null;
    from--;
  }
  if (!PREPOSITIONS_BEFORE_NOUN.has(tokens[from - 1]?.lower ?? '')) return null;
  const phrase = tokens.slice(from, at);
  const words = phrase
    .filter((token, index) => !(index === 0 && ['a', 'an', 'the'].includes(token.lower)))
    .map((token) => token.text)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1')
    .split(' ');
  const definite =
    ['the', 'his', 'her', 'its', 'their'].includes(phrase[0]?.lower ?? '') ||
    phrase.some((token) => /^['’]s$/.test(token.lower));
  return {
    start: (phrase[0] as Token).start,
    end: head.end,
    words,
    noun: head.lower,
    definite,
    prenominal: false,
    preposition: tokens[from - 1]?.lower ?? null,
  };
}

/** Title for a nominal event: the noun phrase the date qualifies ("Summit in Singapore"). */
export function nominalTitle(phrase: NominalPhrase, entities: EntityMention[]): string {
  // "summit" alone says little: name the people when the phrase does not ("Trump–Kim summit").
  const named = entities.some((entity) => entity.start >= phrase.start && entity.end <= phrase.end);
  const people = [
    ...new Set(entities.filter((entity) => entity.kind === 'person').map((entity) => entity.short)),
  ];
  const prefix =
    phrase.prenominal && !named && people.length > 0 && people.length <= 2 ? `${people.join('–')} ` : '';
  const text = `${prefix}${phrase.words.join(' ')}`.trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A duration next to a day-precise date in the same clause stretches it: it ends at the date for
 * a past event ("wrapped up a two-day trip today" → the day before and today), and starts at it for
 * a future one or a verb of beginning ("will begin a three-day visit on Monday").
 */
export function anchorDuration(
  timexes: Timex[],
  timex: Timex,
  interval: DateInterval,
  group: VerbGroup,
  tokens: Token[],
  sentence: string,
): { interval: DateInterval; phrase: string } | null {
  if (interval.granularity !== 'day' || interval.start !== interval.end) return null;
  for (const duration of timexes) {
    if (duration.type !== 'DURATION') continue;
    const match = /^P(\d+)([DW])$/.exec(duration.value);
    if (!match) continue;
    const days = Number(match[1]) * (DURATION_UNITS[match[2] as string] ?? 1);
    if (days < 2 || days > 31) continue;
    // Only a duration that describes the event itself: "a two-day trip", "for three days".
    const adjectival =
      /-(?:day|week)\b/.test(duration.text) ||
      /\bfor\s*$/.test(sentence.slice(0, duration.start)) ||
      /^\s+of\b/.test(sentence.slice(duration.end));
    // "at the end of a three-day visit" names another event (see span.ts), not this one's length.
    if (!adjectival || endsAnotherEvent(sentence, duration)) continue;
    const durationAt = firstTokenAt(tokens, duration.start);
    const timexAt = firstTokenAt(tokens, timex.start);
    const [from, to] = durationAt < timexAt ? [durationAt, timexAt] : [timexAt, durationAt];
    if (hasBreak(tokens, from, to) || Math.abs(durationAt - group.head) > 12) continue;
    const startsThere = START_VERBS.has(group.base) || group.tense === 'future' || group.modality !== 'none';
    const stretched: DateInterval = startsThere
      ? { ...interval, end: addDays(interval.start, days - 1) }
      : { ...interval, start: addDays(interval.end, -(days - 1)) };
    return { interval: stretched, phrase: durationPhrase(tokens, durationAt, duration, sentence) };
  }
  return null;
}

function durationPhrase(tokens: Token[], at: number, duration: Timex, sentence: string): string {
  const previous = tokens[at - 1];
  let start = duration.start;
  if (previous && ['a', 'an', 'the', 'his', 'her', 'their', 'its', 'for'].includes(previous.lower))
    start = previous.start;
  let end = duration.end;
  const nextIndex = tokens.findIndex((token) => token.start >= duration.end);
  const next = tokens[nextIndex];
  if (next && /^[a-z]+$/.test(next.text) && /-(?:day|week)/.test(duration.text)) end = next.end;
  // "two days of talks"
  const ofPhrase = /^\s+of\s+[a-z]+/.exec(sentence.slice(duration.end));
  if (ofPhrase) end = duration.end + ofPhrase[0].length;
  return sentence.slice(start, end);
}
