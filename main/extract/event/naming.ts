/**
 * Titles that a subject + verb + object headline gets wrong: a cancelled plan is named by the thing
 * that was planned ("Pompeo's trip to North Korea"), and "the ceremony took place" by the ceremony.
 */
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { EVENT_NOUNS } from './keywords';

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
