/**
 * Dates that would only repeat an event of their sentence under another date: a "since" landmark
 * of a comparison ("its steepest fall since 2007"), the same instant restated in brackets ("9:40
 * a.m. EDT (1340 GMT)"), and a date that belongs to a noun rather than to the verb ("in response to
 * the test in January", "weak factory data on Friday have fed doubts").
 */
import type { Timex } from '../../common/model';
import type { Token, VerbGroup } from './clause';
import type { NominalPhrase } from './attach';
import { EVENT_NOUNS } from './keywords';
import { readVerb } from './verbs';

// Words that make "since <date>" the landmark of a comparison or of a run, not when anything happened.
const COMPARISON_WORDS = new Set([
  'first',
  'most',
  'least',
  'record',
  'time',
  'level',
  'levels',
  'high',
  'low',
  'run',
  'streak',
  'string',
  'series',
]);
// Words in -est that are no superlatives.
const NOT_SUPERLATIVE =
  /^(?:interest|protest|request|test|arrest|contest|suggest|invest|honest|rest|forest|guest|west|harvest|conquest|digest|quest|manifest|chest|nest|crest|unrest)$/;
const SINCE_REACH = 6;

/**
 * "its steepest one-day fall since 2007", "the lowest since February 2009", "the first time since
 * 2006", "a run of failed launches since mid-April": the date is a landmark, not an event's date.
 */
export function isComparisonAnchor(timex: Timex, sentence: string): boolean {
  const before = sentence.slice(0, timex.start);
  if (!/\bsince\s+(?:at least\s+|early\s+|late\s+|mid-?\s*)?$/i.test(before) && !/^since\b/i.test(timex.text))
    return false;
  const words = before
    .replace(/\bsince\s+\S*\s*$/i, '')
    .split(/([,;:()—–])/)
    .pop()
    ?.toLowerCase()
    .match(/[a-z'’-]+/g);
  if (!words) return false;
  return words
    .slice(-SINCE_REACH)
    .some(
      (word) => COMPARISON_WORDS.has(word) || (/^[a-z]{3,}est$/.test(word) && !NOT_SUPERLATIVE.test(word)),
    );
}

/** "At 9:40 a.m. EDT (1340 GMT)": a time in brackets right after another restates that instant. */
export function isBracketedRestatement(timex: Timex, timexes: Timex[], sentence: string): boolean {
  if (!/^\s*\)/.test(sentence.slice(timex.end))) return false;
  return timexes.some(
    (other) =>
      other !== timex &&
      other.end <= timex.start &&
      /^\s*\(\s*$/.test(sentence.slice(other.end, timex.start)),
  );
}

const PREPOSITIONS = new Set([
  'to',
  'of',
  'for',
  'after',
  'before',
  'following',
  'since',
  'over',
  'against',
  'about',
  'with',
  'from',
  'at',
  'during',
]);
// Prepositions that may stand between a noun and its date ("the test in January").
const DATE_PREPOSITIONS = new Set(['in', 'on', 'during', 'at']);
const STOPS = /^[,;:.!?—–()"“”]$/;
const MAX_MODIFIERS = 5;
const ARTICLES = new Set(['a', 'an', 'the']);

function indexAt(tokens: Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.start >= offset);
  return index === -1 ? tokens.length : index;
}

function phraseOf(tokens: Token[], from: number, head: number, preposition: string | null): NominalPhrase {
  const phrase = tokens.slice(from, head + 1);
  const words = phrase
    .filter((token, index) => !(index === 0 && ARTICLES.has(token.lower)))
    .map((token) => token.text)
    .join(' ')
    .replace(/ (['’]s)\b/g, '$1')
    .split(' ');
  return {
    start: (phrase[0] as Token).start,
    end: (tokens[head] as Token).end,
    words,
    noun: (tokens[head] as Token).lower,
    definite: ['the', 'his', 'her', 'its', 'their'].includes(phrase[0]?.lower ?? ''),
    prenominal: false,
    preposition,
  };
}

/**
 * "in response to the North's nuclear test in January and a rocket launch in February": an event
 * noun inside a prepositional phrase, then "in"/"on" and the date. Coordinated phrases ("and a
 * rocket launch in February") count when the phrase before "and" ends on a date of its own.
 */
export function prepositionalNoun(tokens: Token[], timex: Timex, anyNoun = false): NominalPhrase | null {
  const at = indexAt(tokens, timex.start);
  if (!DATE_PREPOSITIONS.has(tokens[at - 1]?.lower ?? '')) return null;
  const head = at - 2;
  const noun = tokens[head];
  if (!noun || noun.protected || !/^[a-z]+$/.test(noun.text)) return null;
  if (!EVENT_NOUNS.has(noun.lower) && (!anyNoun || readVerb(noun.lower).length > 0)) return null;
  let from = head;
  while (from > 0 && head - from < MAX_MODIFIERS) {
    const token = tokens[from - 1] as Token;
    if (PREPOSITIONS.has(token.lower)) return phraseOf(tokens, from, head, token.lower);
    if (token.lower === 'and' || token.lower === 'or') {
      const previous = tokens[from - 2];
      return previous?.inside === 'timex' ? phraseOf(tokens, from, head, 'and') : null;
    }
    if (STOPS.test(token.text) || token.inside === 'timex') return null;
    if (!token.protected && !/^[A-Z]/.test(token.text) && readVerb(token.lower).length > 0) return null;
    from--;
  }
  return null;
}

/** Auxiliaries of the present perfect: it cannot take a finished date ("have fed … on Friday"). */
const PRESENT_PERFECT = new Set(['has', 'have', "'ve"]);
const NOT_SUBJECT = new Set([
  'and',
  'or',
  'but',
  'that',
  'which',
  'who',
  'since',
  'until',
  'by',
  'as',
  'because',
  'while',
]);

/**
 * "Beijing's devaluation two weeks ago and weak factory data on Friday have fed doubts": a present
 * perfect takes no finished past date, so a date inside its subject dates the noun before it.
 */
export function perfectSubjectNoun(
  tokens: Token[],
  group: VerbGroup,
  timex: Timex,
  past: boolean,
): NominalPhrase | null {
  if (!past || !PRESENT_PERFECT.has(group.auxiliaries[0] ?? '')) return null;
  const at = indexAt(tokens, timex.start);
  const endAt = indexAt(tokens, timex.end);
  if (endAt > group.first) return null;
  // Only the rest of the subject may stand between the date and the verb: no clause break, no verb.
  for (let i = endAt; i < group.first; i++) {
    const token = tokens[i] as Token;
    if (STOPS.test(token.text) || (!token.protected && readVerb(token.lower).length > 0)) return null;
  }
  let head = at - 1;
  if (DATE_PREPOSITIONS.has(tokens[head]?.lower ?? '')) head--;
  else if (tokens[head]?.protected) return null;
  const noun = tokens[head];
  if (!noun || STOPS.test(noun.text) || NOT_SUBJECT.has(noun.lower) || !/^[a-z]/.test(noun.text)) return null;
  let from = head;
  while (from > 0 && head - from < MAX_MODIFIERS) {
    const token = tokens[from - 1] as Token;
    if (STOPS.test(token.text) || NOT_SUBJECT.has(token.lower) || token.inside === 'timex') break;
    if (PREPOSITIONS.has(token.lower) || DATE_PREPOSITIONS.has(token.lower)) break;
    if (!token.protected && !/^[A-Z]/.test(token.text) && readVerb(token.lower).length > 0) return null;
    from--;
  }
  return phraseOf(tokens, from, head, null);
}
