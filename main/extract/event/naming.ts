/**
 * Titles that a subject + verb + object headline gets wrong: a cancelled plan is named by the thing
 * that was planned ("Pompeo's trip to North Korea"), and "the ceremony took place" by the ceremony.
 */
import { BOUNDARY_PUNCTUATION } from './boundaries';
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { EVENT_NOUNS } from './keywords';
import { subjectRange } from './subject';

const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'its', 'their', 'this', 'that']);
const PREPOSITIONS = new Set(['of', 'to', 'in', 'at', 'for', 'with', 'from', 'on', 'across', 'along']);
const STOPS = new Set([',', ';', ':', '—', '–', '(', ')', '.', 'and', 'but']);
/** Verbs that only say that an event happened: its subject is the event. */
const OCCURRENCE_VERBS = new Set(['happen', 'occur', 'proceed']);

function titleCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function joinWords(tokens: Token[]): string {
  return tokens
    .map((token) => token.text)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1');
}

/** Whether a verb group only says that its subject took place ("took place", "was held", "began"). */
export function isOccurrenceVerb(group: VerbGroup): boolean {
  if (group.base === 'take' && group.particle === 'place') return true;
  if (group.base === 'go' && group.particle === 'ahead') return true;
  if (group.base === 'hold' && group.passive) return true;
  return OCCURRENCE_VERBS.has(group.base) && !group.passive;
}

/** The event noun heading a subject's words ("the flight" → "flight"), or null. */
export function eventNounOf(words: string[]): string | null {
  const last = (words[words.length - 1] ?? '').toLowerCase();
  return EVENT_NOUNS.has(last) ? last : null;
}

/**
 * The noun phrase naming what a cancelled plan was: the noun a relative clause describes ("a trip
 * to North Korea that Pompeo was due to make"), or the noun a reduced relative follows ("A visit
 * Pompeo had planned"); prefixed with the person who planned it when the phrase does not name them.
 */
export function cancelledThingTitle(
  tokens: Token[],
  group: VerbGroup,
  subjectFrom: number,
  planners: EntityMention[],
): string | null {
  let nounEnd = -1;
  let named: string | null = null;
  const relative = tokens[subjectFrom - 1];
  if (relative && ['that', 'which'].includes(relative.lower)) nounEnd = subjectFrom - 1;
  else {
    // "A visit Pompeo had planned": the noun, then the planner's name.
    const at = DETERMINERS.has(tokens[subjectFrom]?.lower ?? '') ? subjectFrom + 1 : subjectFrom;
    if (EVENT_NOUNS.has(tokens[at]?.lower ?? '') && /^[A-Z]/.test(tokens[at + 1]?.text ?? '')) {
      nounEnd = at + 1;
      named = tokens[at + 1]?.text ?? null;
    }
  }
  if (nounEnd < 0 || nounEnd > group.first) return null;
  let from = nounEnd;
  while (from > 0 && nounEnd - from < 8) {
    const token = tokens[from - 1] as Token;
    if (STOPS.has(token.lower)) break;
    from--;
    // "a tour of the border": the article inside a prepositional phrase does not start the noun phrase.
    if (DETERMINERS.has(token.lower) && !PREPOSITIONS.has(tokens[from - 1]?.lower ?? '')) break;
  }
  const phrase = tokens
    .slice(from, nounEnd)
    .filter((token, index) => !(index === 0 && DETERMINERS.has(token.lower)));
  if (!phrase.some((token) => EVENT_NOUNS.has(token.lower))) return null;
  const start = phrase[0]?.start ?? 0;
  const end = phrase[phrase.length - 1]?.end ?? 0;
  const owner = planners.find(
    (entity) => entity.kind === 'person' && !(entity.start >= start && entity.end <= end),
  );
  const text = joinWords(phrase);
  const ownerName = owner?.short ?? named;
  return titleCase(ownerName ? `${ownerName}'s ${text}` : text);
}

/** Nouns of a time limit: their news is what must be done by then. */
const LIMIT_NOUNS = new Set(['deadline']);
const LIMIT_PREPOSITIONS = new Set(['before', 'by', 'ahead']);
const DROPPED = new Set(['a', 'an', 'the', 'its', 'his', 'her', 'their', 'our']);
const MAX_PURPOSE_WORDS = 4;
/** How far before an event noun the verb of its clause may be. */
const CLAUSE_REACH = 12;
const NAME_WORD = /^[A-Z][\w&'’.-]*$/;

/** What naming a one-word event noun needs from its sentence. */
export interface NounContext {
  tokens: Token[];
  groups: VerbGroup[];
  timexSpans: Array<[number, number]>;
  entities: EntityMention[];
}

/**
 * A bare event noun says little ("Deadline", "Announcement"): a time limit is named by what must be
 * done by then ("reach an agreement before Friday's deadline" → "Deadline to reach agreement"),
 * another noun by the organization or person its clause is about ("Shares of Verano Biotech had
 * risen … before Monday's announcement" → "Verano Biotech announcement"). Other titles pass as given.
 */
export function nounTitle(context: NounContext, nounStart: number, noun: string, title: string): string {
  if (/\s/.test(title.trim())) return title;
  const { tokens, groups, timexSpans, entities } = context;
  const at = tokens.findIndex((token) => token.start >= nounStart);
  const group = groups.filter((other) => other.last < at).pop();
  if (!group || at - group.last > CLAUSE_REACH) return title;
  for (let i = group.last + 1; i < at; i++)
    if (BOUNDARY_PUNCTUATION.has((tokens[i] as Token).text)) return title;
  if (LIMIT_NOUNS.has(noun)) {
    // Only a limit something must be done by: "reach a deal before Friday's deadline", the object
    // up to the preposition. Not "gave no reason for the deadline": whose it is, the clause does
    // not say, and the title stays as it is.
    const limit = tokens.slice(group.last + 1, at).findIndex((token) => LIMIT_PREPOSITIONS.has(token.lower));
    if (limit < 0) return title;
    const object = tokens
      .slice(group.last + 1, group.last + 1 + limit)
      .filter((token) => !DROPPED.has(token.lower) && token.inside !== 'timex')
      .map((token) => token.text);
    if (object.length > MAX_PURPOSE_WORDS) return title;
    const verb = `${group.base}${group.particle ? ` ${group.particle}` : ''}`;
    return titleCase([noun, 'to', verb, ...object].join(' '));
  }
  const [from, to] = subjectRange(tokens, group, timexSpans, groups);
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const actor = entities.find(
    (entity) => entity.kind !== 'place' && entity.start >= start && entity.end <= end,
  );
  if (actor) return titleCase(`${actor.short} ${noun}`);
  // An organization the entity finder does not know: its capitalized name inside the subject.
  const name: string[] = [];
  // A sentence's first word is capitalized anyway ("Shares of …"): a name only when another
  // capitalized word follows it ("Verano Biotech shares").
  const opening = from === 0 && !NAME_WORD.test(tokens[1]?.text ?? '') ? 1 : 0;
  for (let i = from + opening; i < to; i++) {
    const token = tokens[i] as Token;
    if (NAME_WORD.test(token.text) && !token.protected) name.push(token.text);
    else if (name.length > 0) break;
  }
  return name.length > 0 ? `${name.join(' ')} ${noun}` : title;
}
