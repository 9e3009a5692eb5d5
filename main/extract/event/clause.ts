/**
 * Shallow clause analysis of one sentence: tokens, verb groups ("will meet", "were called off",
 * "is expected to visit") and their tense and modality. Enough to tell who did what and whether it
 * happened, without a parser: news sentences put the subject before the verb and the date nearby.
 */
import { closesAside, isCommaParticiple, settleParticiples } from './asides';
import * as clauseWords from './clause-words';
import { PARTICLES, readVerb } from './verbs';
import type { VerbReading } from './verbs';

// Read once: imported bindings can cost a call per use, and these are looked up for every token.
const {
  MODALS_POSSIBLE,
  MODALS_FUTURE,
  AUXILIARIES,
  ADVERBS,
  CATENATIVE_SCHEDULED,
  CATENATIVE_POSSIBLE,
  DETERMINERS,
  PLURAL_NOUNS,
  SUBJECT_PRONOUNS,
  NOT_AFTER_MODAL,
  NOT_ADVERBS,
} = clauseWords;

export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Set when the token lies inside a known entity or temporal expression (never a verb then). */
  protected: boolean;
  /** Which kind of protected span the token lies in. */
  inside?: 'entity' | 'timex';
}

export type Tense = 'past' | 'present' | 'future';
export type Modality = 'none' | 'scheduled' | 'possible';

export interface VerbGroup {
  /** Token indexes, inclusive. */
  first: number;
  last: number;
  /** Index of the main (last lexical) verb token. */
  head: number;
  base: string;
  particle: string | null;
  tense: Tense;
  modality: Modality;
  passive: boolean;
  negated: boolean;
  /** "will", "could", "is expected to": the words before the head verb, for headlines. */
  auxiliaries: string[];
  finite: boolean;
  /**
   * A participle phrase after a comma that describes the noun before the comma (", elected in
   * 1990,", ", followed by a tour"): passive, no clause of its own.
   */
  reduced?: boolean;
}

// A possessive split off by tokenized copy ("Pyongyang 's run") stays one token.
const TOKEN =
  /(?<=[A-Za-z]\s)['’]s(?![A-Za-z])|(?:[A-Za-z]\.){2,}|[A-Za-z](?:[A-Za-z'’-]*[A-Za-z])?\.?|\d+(?:[.,:]\d+)*|[^\sA-Za-z\d]/g;

/** Splits a sentence into word and punctuation tokens, marking those inside timexes or entities. */
export function tokenize(
  text: string,
  timexSpans: Array<[number, number]> = [],
  entitySpans: Array<[number, number]> = [],
): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let value = match[0];
    // A trailing period belongs to the word only for abbreviations ("Mr.", "U.S."), not sentence ends.
    if (
      value.length > 1 &&
      value.endsWith('.') &&
      !/^(?:[A-Z][a-z]{0,3}|(?:[A-Za-z]\.)+[A-Za-z])\.$/.test(value)
    )
      value = value.slice(0, -1);
    const start = match.index;
    const end = start + value.length;
    // "--", " - " and " _ " are dashes in wire copy; the hyphen of "C-17" is not.
    if (
      (value === '-' || value === '_') &&
      (/[\s_-]/.test(text[start - 1] ?? ' ') || /[\s_-]/.test(text[end] ?? ' '))
    )
      value = '—';
    const overlaps = ([a, b]: [number, number]) => start < b && a < end;
    const inside = timexSpans.some(overlaps) ? 'timex' : entitySpans.some(overlaps) ? 'entity' : undefined;
    const token: Token = {
      text: value,
      lower: value.toLowerCase(),
      start,
      end,
      protected: inside !== undefined,
    };
    if (inside) token.inside = inside;
    tokens.push(token);
    if (value.length < match[0].length)
      tokens.push({ text: '.', lower: '.', start: end, end: end + 1, protected: false });
  }
  return tokens;
}

// "he's", "it's", "that's": a contraction of "is" or "has", not a possessive.
const CONTRACTIONS = /^(?:he|she|it|that|there|what|who|here|let)['’]s$/;

function isVerbReading(tokens: Token[], index: number, known: VerbReading[]): VerbReading | null {
  const token = tokens[index] as Token;
  const readings = known.length > 0 ? known : afterModal(tokens, index);
  if (token.protected || readings.length === 0) return null;
  // "the US Air Force C-17": inside a sentence, a capitalized word is a name, not a verb.
  if (index > 0 && /^[A-Z]/.test(token.text) && /^[A-Za-z]/.test(tokens[index - 1]?.text ?? '')) return null;
  // "Fed funds futures", "Fed officials": capitalized, it is the Federal Reserve ("Fed up" is the verb).
  if (token.text === 'Fed' && !['up', 'by'].includes(tokens[index + 1]?.lower ?? '')) return null;
  const previous = tokens[index - 1];
  const prevLower = previous?.lower ?? '';
  const afterAux =
    AUXILIARIES.has(prevLower) ||
    MODALS_FUTURE.has(prevLower) ||
    MODALS_POSSIBLE.has(prevLower) ||
    prevLower === 'to' ||
    ADVERBS.has(prevLower) ||
    (isAdverb(prevLower) && isAuxiliaryWord(tokens[index - 2]?.lower ?? ''));
  const afterSubject =
    previous !== undefined &&
    (previous.inside === 'entity' ||
      SUBJECT_PRONOUNS.has(prevLower) ||
      (!previous.protected && (/^[A-Z]/.test(previous.text) || /s$/.test(prevLower))));
  const byForm = (form: VerbReading['form']) => readings.find((reading) => reading.form === form) ?? null;
  // After a determiner or a possessive ("the bureau's list"), a word is a noun; but "first" after
  // a comma or an auxiliary is an adverb (", first elected in 2012", "was first reported").
  const ordinal =
    ADVERBS.has(prevLower) &&
    (tokens[index - 2]?.text === ',' || AUXILIARIES.has(tokens[index - 2]?.lower ?? ''));
  // "before picking up again in May", "after falling for a week": a gerund a subordinator heads.
  if (GERUND_SUBORDINATORS.has(prevLower) && byForm('gerund')) return byForm('gerund');
  if (
    (DETERMINERS.has(prevLower) && !ordinal) ||
    (/(?:^|[a-z])['’]s$/.test(prevLower) && !CONTRACTIONS.test(prevLower))
  )
    return null;
  // "is set for", "were cut": after a form of "be" or "have", a word that is both base and
  // participle ("set", "cut", "put") is the participle.
  if (afterAux && PERFECT_OR_PASSIVE.has(auxiliaryBefore(tokens, index)) && byForm('participle'))
    return byForm('participle');
  if (afterAux)
    return byForm('base') ?? byForm('participle') ?? byForm('gerund') ?? byForm('past') ?? byForm('present3');
  if (byForm('past')) return byForm('past');
  // "that talks were regrettable", "U.S. forces Thursday launched": a verb is not followed by an
  // auxiliary or by a past verb, the head noun of a subject is.
  if (beforeVerb(tokens, index)) return null;
  // "U.S. charges against five officers": after a name, a plural that is more often a noun,
  // before "against", is the noun the name modifies.
  const modified =
    previous?.inside === 'entity' &&
    PLURAL_NOUNS.has(token.lower) &&
    NOUN_PREPOSITIONS.has(tokens[index + 1]?.lower ?? '');
  if (modified) return null;
  if (afterSubject || closesAside(tokens, index)) return byForm('present3') ?? byForm('base');
  // "The ceremony takes place": after a plain noun, a third-person form is a verb unless the word is
  // more often a plural noun ("summit talks", "missile tests").
  const nounLike =
    previous !== undefined && /^[a-z]+$/.test(previous.text) && readVerb(prevLower).length === 0;
  if (nounLike && byForm('present3') && !PLURAL_NOUNS.has(token.lower)) return byForm('present3');
  return null;
}

const GERUND_SUBORDINATORS = new Set(['before', 'after', 'while', 'without', 'despite']);
const PLANNED = new Set(['schedule', 'set', 'plan', 'slate']);
// "calls for", "rules on" are verbs after a name; "charges against" hardly ever is.
const NOUN_PREPOSITIONS = new Set(['against']);
const PERFECT_OR_PASSIVE = new Set([
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'has',
  'have',
  'had',
]);

/** The auxiliary right before a word, past adverbs ("was later cut"). */
function auxiliaryBefore(tokens: Token[], index: number): string {
  let at = index - 1;
  while (at > 0 && isAdverb(tokens[at]?.lower ?? '')) at--;
  return tokens[at]?.lower ?? '';
}

/** Whether an auxiliary or a past verb follows the token, past a date between them. */
function beforeVerb(tokens: Token[], index: number): boolean {
  let next = index + 1;
  while (tokens[next]?.inside === 'timex') next++;
  const token = tokens[next];
  if (!token || token.protected || !/^[a-z]/.test(token.text)) return false;
  if (AUXILIARIES.has(token.lower) || MODALS_FUTURE.has(token.lower) || MODALS_POSSIBLE.has(token.lower))
    return true;
  const readings = readVerb(token.lower);
  if (readings.some((reading) => reading.form === 'past')) return true;
  // "the Kuwaiti request gives": before a verb in -s, a bare form is a noun.
  const base = readVerb((tokens[index] as Token).lower).some((reading) => reading.form === 'base');
  return base && readings.some((reading) => reading.form === 'present3') && !PLURAL_NOUNS.has(token.lower);
}

/**
 * A word the lexicon does not know, right after "will", "would", "could" or "might" (or their "not"):
 * a base verb ("would boycott", "will not contest"), unless it reads as an adverb.
 */
function afterModal(tokens: Token[], index: number): VerbReading[] {
  const token = tokens[index] as Token;
  const before = tokens[index - 1]?.lower === 'not' ? tokens[index - 2] : tokens[index - 1];
  const previous = before?.lower ?? '';
  if (!MODALS_FUTURE.has(previous) && !MODALS_POSSIBLE.has(previous)) return [];
  // "during May and June": a month is no modal.
  if (!before || before.protected || (previous === 'may' && before.text !== 'may')) return [];
  if (!/^[a-z]{3,}$/.test(token.text) || /ly$/.test(token.lower) || ADVERBS.has(token.lower)) return [];
  return NOT_AFTER_MODAL.has(token.lower) ? [] : [{ base: token.lower, form: 'base' }];
}

/** Finds the verb groups of a sentence, in order. */
export function findVerbGroups(tokens: Token[]): VerbGroup[] {
  const groups: VerbGroup[] = [];
  // Participles after a comma that may describe the noun before it: decided once all verbs are known.
  const candidates: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    const start = i;
    const auxiliaries: string[] = [];
    while (i < tokens.length && isAuxiliaryLike(tokens, i)) {
      auxiliaries.push((tokens[i] as Token).lower);
      i++;
    }
    let reading = i < tokens.length ? isVerbReading(tokens, i, readVerb((tokens[i] as Token).lower)) : null;
    const chain: string[] = [];
    // "is to meet", "are to hold": be + to + infinitive announces a plan.
    const lastAux = auxiliaries[auxiliaries.length - 1] ?? '';
    // "was due to make": a plan, like "is to".
    if (!reading && ['is', 'are', 'was', 'were', 'am'].includes(lastAux) && tokens[i]?.lower === 'due') {
      const infinitive = readVerb(tokens[i + 2]?.lower ?? '').find((r) => r.form === 'base');
      if (tokens[i + 1]?.lower === 'to' && infinitive && !(tokens[i + 2] as Token).protected) {
        chain.push('due');
        i += 2;
        reading = infinitive;
      }
    }
    if (!reading && ['is', 'are', 'was', 'were', 'am'].includes(lastAux) && tokens[i]?.lower === 'to') {
      const infinitive = readVerb(tokens[i + 1]?.lower ?? '').find((r) => r.form === 'base');
      if (infinitive && !(tokens[i + 1] as Token).protected) {
        chain.push('be');
        i += 1;
        reading = infinitive;
      }
    }
    // "was allegedly a bomb factory": no verb after the adverb; the auxiliary is the verb.
    const adverb = auxiliaries[1] ?? '';
    if (!reading && !isAdverb(auxiliaries[0] ?? 'not') && !ADVERBS.has(adverb) && isAdverb(adverb)) {
      const copula = isVerbReading(tokens, start, readVerb(auxiliaries[0] as string));
      if (copula) {
        auxiliaries.length = 0;
        i = start;
        reading = copula;
      }
    }
    if (!reading) {
      i = auxiliaries.length > 0 ? i : i + 1;
      continue;
    }
    // "is expected to meet", "plans to visit": follow the chain to the verb that names the event.
    let head = i;
    let headReading = reading;
    while (isCatenative(headReading.base) && tokens[head + 1]?.lower === 'to') {
      const nextReading = readVerb(tokens[head + 2]?.lower ?? '').find((r) => r.form === 'base');
      if (!nextReading) break;
      chain.push(headReading.base);
      head += 2;
      headReading = nextReading;
    }
    // "are set to be flown": a passive infinitive at the end of the chain.
    let chainPassive = false;
    const participle = readVerb(tokens[head + 1]?.lower ?? '').find((r) => r.form === 'participle');
    if (
      chain.length > 0 &&
      headReading.base === 'be' &&
      participle &&
      !(tokens[head + 1] as Token).protected
    ) {
      head += 1;
      headReading = participle;
      chainPassive = true;
    }
    const particleToken = tokens[head + 1];
    const particle =
      particleToken && (PARTICLES[headReading.base] ?? []).includes(particleToken.lower)
        ? particleToken.lower
        : null;
    const last = particle ? head + 1 : head;
    const firstWord = auxiliaries[0] ?? null;
    const inflected = [...auxiliaries.filter((word) => !isAdverb(word))][0] ?? null;
    // ", followed by a news conference", ", scheduled for 11:25 p.m.": a participle phrase after a
    // comma is passive and no clause of its own.
    const reduced =
      auxiliaries.length === 0 &&
      chain.length === 0 &&
      tokens[start - 1]?.text === ',' &&
      (tokens[head + 1]?.lower === 'by' ||
        (tokens[head + 1]?.lower === 'for' && PLANNED.has(headReading.base))) &&
      readVerb((tokens[head] as Token).lower).some((r) => r.form === 'participle');
    if (
      !reduced &&
      chain.length === 0 &&
      isCommaParticiple(tokens, start, head, last, auxiliaries, groups.at(-1))
    )
      candidates.push(groups.length);
    const passive =
      chainPassive ||
      reduced ||
      (auxiliaries.some((word) => ['is', 'are', 'was', 'were', 'be', 'been', 'being'].includes(word)) &&
        reading.form === 'participle' &&
        chain.length === 0);
    const tense = reduced ? 'past' : tenseOf(inflected, reading, chain);
    groups.push({
      first: start,
      last,
      head,
      base: headReading.base,
      particle,
      tense,
      modality: modalityOf(auxiliaries, chain, reading),
      passive,
      negated: auxiliaries.some((word) => word === 'not' || word === "n't" || word === 'never'),
      auxiliaries: [...auxiliaries, ...chain.flatMap((verb) => [verb, 'to'])],
      finite:
        !reduced &&
        firstWord !== 'to' &&
        (auxiliaries.length > 0 || reading.form !== 'gerund') &&
        wordBefore(tokens, start) !== 'to',
      ...(reduced ? { reduced: true } : {}),
    });
    i = last + 1;
  }
  settleParticiples(tokens, groups, candidates);
  return groups;
}

/** The word before a group, past a date or an adverb between: "to soon grow", "to later visit". */
function wordBefore(tokens: Token[], start: number): string {
  let at = start - 1;
  while (at > 0 && (tokens[at]?.inside === 'timex' || ADVERBS.has(tokens[at]?.lower ?? ''))) at--;
  return tokens[at]?.lower ?? '';
}

function isCatenative(base: string): boolean {
  return (
    CATENATIVE_SCHEDULED.has(base) ||
    CATENATIVE_POSSIBLE.has(base) ||
    ['be', 'have', 'need', 'decide', 'fail', 'refuse', 'begin', 'start', 'continue'].includes(base)
  );
}

function isAuxiliaryLike(tokens: Token[], index: number): boolean {
  const token = tokens[index] as Token;
  if (token.protected) return false;
  const lower = token.lower;
  if (MODALS_POSSIBLE.has(lower)) return lower !== 'may' || token.text === 'may';
  if (MODALS_FUTURE.has(lower) || ADVERBS.has(lower)) return true;
  // "was critically injured": an adverb in -ly only counts between an auxiliary and its verb.
  if (isAdverb(lower) && isAuxiliaryWord(tokens[index - 1]?.lower ?? '')) return true;
  if (!AUXILIARIES.has(lower)) return false;
  // An auxiliary only when a verb (or an adverb, or "to") follows: "is expected", not "is a success".
  const next = tokens[index + 1];
  if (!next) return false;
  return (
    next.lower === 'to' ||
    (next.lower === 'due' && tokens[index + 2]?.lower === 'to') ||
    isAdverb(next.lower) ||
    AUXILIARIES.has(next.lower) ||
    readVerb(next.lower).length > 0
  );
}

function isAuxiliaryWord(word: string): boolean {
  return AUXILIARIES.has(word) || MODALS_FUTURE.has(word) || MODALS_POSSIBLE.has(word) || ADVERBS.has(word);
}

/** "reportedly", "badly", "critically": an adverb ("was badly hurt", "Kim quickly met"). */
export function isAdverb(word: string): boolean {
  if (ADVERBS.has(word)) return true;
  return /^[a-z]{4,}ly$/.test(word) && !NOT_ADVERBS.has(word) && readVerb(word).length === 0;
}

function tenseOf(inflected: string | null, reading: VerbReading, chain: string[]): Tense {
  if (inflected && (MODALS_FUTURE.has(inflected) || MODALS_POSSIBLE.has(inflected))) return 'future';
  if (chain.length > 0 && (inflected === 'is' || inflected === 'are' || inflected === 'am')) return 'future';
  if (chain.some((verb) => CATENATIVE_SCHEDULED.has(verb)) && reading.form !== 'past') return 'future';
  if (inflected === null) return reading.form === 'past' ? 'past' : 'present';
  if (['was', 'were', 'had', 'did'].includes(inflected)) return 'past';
  if (['has', 'have'].includes(inflected)) return 'past';
  // "is to meet": future; "is meeting": present (often a near future in news).
  return 'present';
}

function modalityOf(auxiliaries: string[], chain: string[], reading: VerbReading): Modality {
  if (auxiliaries.some((word) => MODALS_POSSIBLE.has(word) || word === 'possibly')) return 'possible';
  if (chain.some((verb) => CATENATIVE_POSSIBLE.has(verb))) return 'possible';
  if (auxiliaries.some((word) => MODALS_FUTURE.has(word))) return 'scheduled';
  if (chain.some((verb) => CATENATIVE_SCHEDULED.has(verb) || verb === 'be')) return 'scheduled';
  if (['plan', 'schedule', 'set', 'due'].includes(reading.base) && reading.form === 'participle')
    return 'scheduled';
  return 'none';
}
