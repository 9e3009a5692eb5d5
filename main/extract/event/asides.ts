/**
 * Asides and participle phrases after a comma, for the verb-group finder (clause.ts): ", elected
 * in 1990," describes the noun before it (a passive, no clause of its own), while in "The company,
 * founded by two brothers, filed for bankruptcy" the participle after the aside is the sentence's
 * verb, and so is a present form after an aside ("Dozens of men, some disguised as waiters, blast
 * through a wall").
 */
import type { Token, VerbGroup } from './clause';
import { ADVERBS, DETERMINERS } from './clause-words';
import { readVerb } from './verbs';

/** Words that open an aside between a subject and its verb: ", some dressed as police," */
const ASIDE_OPENERS = new Set(['some', 'most', 'many', 'all', 'both', 'several', 'one', 'each', 'none']);
/** Words that may open what follows a verb, besides determiners: "blast through a wall", "plan to". */
const OBJECT_OPENERS = new Set([
  'to',
  'through',
  'across',
  'toward',
  'towards',
  'past',
  'up',
  'down',
  'out',
  'off',
]);
/** How many words an aside between a subject and its verb may hold. */
const MAX_ASIDE = 14;
/** Plurals without an -s that may head a subject: "Dozens of armed men, some masked, storm …". */
const BARE_PLURALS = new Set(['men', 'women', 'people', 'children', 'police']);

/**
 * "Dozens of armed men, some dressed as police officers, storm the bank": after an aside that
 * follows a subject (a quantifier or a participle opens it), a present form before its object
 * is the verb.
 */
export function closesAside(tokens: Token[], index: number): boolean {
  if (tokens[index - 1]?.text !== ',' || !/^[a-z]+$/.test((tokens[index] as Token).text)) return false;
  const next = tokens[index + 1];
  // What follows opens an object: "blast through a wall", "takes effect", "plan to".
  const object =
    DETERMINERS.has(next?.lower ?? '') ||
    OBJECT_OPENERS.has(next?.lower ?? '') ||
    /^\d/.test(next?.text ?? '') ||
    (/^[a-z]+$/.test(next?.text ?? '') && readVerb(next?.lower ?? '').length === 0);
  if (!next || !object) return false;
  let open = index - 2;
  while (open > 0 && index - open <= MAX_ASIDE && tokens[open]?.text !== ',') {
    if (!/^[\w'’.-]+$/.test(tokens[open]?.text ?? '')) return false;
    open--;
  }
  const first = tokens[open + 1];
  const host = tokens[open - 1];
  if (tokens[open]?.text !== ',' || !first || !host || open + 1 >= index - 1) return false;
  const opensAside =
    ASIDE_OPENERS.has(first.lower) || readVerb(first.lower).some((reading) => reading.form === 'participle');
  // The noun before the aside: a name, or a common noun that is no verb ("The bill, passed by …,").
  const subjectLike =
    host.inside === 'entity' ||
    (!host.protected && /^[A-Z]/.test(host.text)) ||
    BARE_PLURALS.has(host.lower) ||
    (/^[a-z]+$/.test(host.text) && readVerb(host.lower).length === 0 && !DETERMINERS.has(host.lower));
  return opensAside && subjectLike;
}

/** Words that follow a participle describing the noun before its comma: ", elected in 1990,". */
const AFTER_COMMA_PARTICIPLE = new Set([
  'in',
  'on',
  'at',
  'by',
  'for',
  'after',
  'before',
  'during',
  'from',
  'with',
  'as',
  'to',
  'into',
  'under',
  'near',
  'since',
  'until',
  'over',
  'through',
  'across',
  'of',
  'outside',
  'inside',
  'later',
  'earlier',
  'early',
  'last',
  'this',
  'next',
]);

/**
 * ", elected in 1990,", ", released after the close of trading,", ", expected later this month.":
 * a bare participle after a comma that follows a noun, itself followed by a preposition or a date,
 * describes that noun (a reduced relative), unless it continues a series of verbs (", moved to
 * Paris and joined …"). The head is the participle; the group ends at `last`.
 */
export function isCommaParticiple(
  tokens: Token[],
  start: number,
  head: number,
  last: number,
  auxiliaries: string[],
  previous: VerbGroup | undefined,
): boolean {
  // ", some disguised as waiters,": a quantifier may open the phrase.
  const comma = ASIDE_OPENERS.has(tokens[start - 1]?.lower ?? '') ? start - 2 : start - 1;
  if (tokens[comma]?.text !== ',' || auxiliaries.some((word) => !ADVERBS.has(word))) return false;
  const headToken = tokens[head] as Token;
  if (!readVerb(headToken.lower).some((reading) => reading.form === 'participle' && reading.base !== 'say'))
    return false;
  // The noun before the comma: a word or a number, not a date ("born in 1950, moved to Paris")
  // nor the end of another verb group.
  // "accused of hacking, filed in May": a gerund after a preposition names a thing.
  const host = tokens[comma - 1];
  const gerund = /ing$/.test(host?.lower ?? '') && DETERMINERS.has(tokens[comma - 2]?.lower ?? '');
  if (
    !host ||
    host.inside === 'timex' ||
    !/^[A-Za-z\d]/.test(host.text) ||
    (previous?.last === comma - 1 && !gerund)
  )
    return false;
  const next = tokens[last + 1];
  if (!next || !(next.inside === 'timex' || AFTER_COMMA_PARTICIPLE.has(next.lower))) return false;
  // ", moved to Paris, and joined the orchestra": a series of verbs, not a description.
  let end = last + 1;
  while (end < tokens.length && !/^[,;:.!?—–()]$/.test((tokens[end] as Token).text)) end++;
  if (tokens[end]?.text !== ',') return true;
  const after = ['and', 'or'].includes(tokens[end + 1]?.lower ?? '') ? tokens[end + 2] : undefined;
  return !(after && /^[a-z]+$/.test(after.text) && readVerb(after.lower).some((r) => r.form === 'past'));
}

const OPENING_WORDS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'for',
  'from',
  'by',
  'with',
  'under',
  'since',
  'until',
  'over',
  'across',
  'despite',
  'following',
  'as',
  'when',
  'while',
  'if',
  'although',
]);
const CLAUSE_OPENERS = new Set([
  'where',
  'when',
  'who',
  'which',
  'that',
  'because',
  'while',
  'although',
  'if',
]);
const RELATIVE_OPENERS = new Set(['who', 'which', 'that', 'where', 'when', 'whose', 'whom']);

/** The comma before `index` (within the sentence's current stretch), or -1. */
function commaBefore(tokens: Token[], index: number): number {
  for (let at = index - 1; at >= 0; at--) {
    const text = (tokens[at] as Token).text;
    if (text === ',') return at;
    if (/^[;:—–()]$/.test(text)) return -1;
  }
  return -1;
}

/**
 * Whether a participle after a comma (see isCommaParticiple) describes the noun before the comma
 * rather than being the sentence's verb. It is the verb when it follows an aside after a subject
 * that has no verb yet ("The company, founded by two brothers, filed for …", "The senator, who
 * served three terms, resigned on …"), or when the sentence has no other verb to be its own.
 */
function describesNoun(tokens: Token[], groups: VerbGroup[], candidates: number[], index: number): boolean {
  const group = groups[index] as VerbGroup;
  const comma = ASIDE_OPENERS.has(tokens[group.first - 1]?.lower ?? '') ? group.first - 2 : group.first - 1;
  const opening = commaBefore(tokens, comma);
  if (opening > 0) {
    // The stretch before the aside, from the comma or the clause word that opens it: "… a home
    // where James Kopp, a protester, lived in 1998".
    let stretch = opening;
    while (
      stretch > 0 &&
      tokens[stretch - 1]?.text !== ',' &&
      !CLAUSE_OPENERS.has(tokens[stretch - 1]?.lower ?? '')
    )
      stretch--;
    const opener = tokens[stretch] as Token;
    // "The company, founded …, filed": the stretch before the aside is a subject, not an opening
    // phrase ("In Lisbon, the ferry, built in 1990, sank") nor a date.
    const subjectFirst = opener.inside !== 'timex' && !OPENING_WORDS.has(opener.lower);
    const verbless = !groups.some((other) => other.finite && other.first >= stretch && other.last < opening);
    if (subjectFirst && verbless) return false;
  }
  return groups.some((other, at) => {
    if (at === index || !other.finite) return false;
    if (candidates.includes(at)) return at > index;
    // A verb inside a relative clause ("who served three terms") is not the sentence's own.
    for (let back = other.first - 1; back >= 0 && tokens[back]?.text !== ','; back--)
      if (RELATIVE_OPENERS.has(tokens[back]?.lower ?? '')) return false;
    return true;
  });
}

/**
 * Decides the participles after a comma that `findVerbGroups` noted (their indexes in `groups`):
 * those that describe a noun become passive, non-finite groups marked `reduced`, and so does a
 * participle joined to one of them by "and" (", founded in 1987 and listed since March 2004,").
 */
export function settleParticiples(tokens: Token[], groups: VerbGroup[], candidates: number[]): void {
  for (const index of candidates) {
    const group = groups[index] as VerbGroup;
    if (describesNoun(tokens, groups, candidates, index)) groups[index] = reducedGroup(group);
  }
  for (let index = 1; index < groups.length; index++) {
    const group = groups[index] as VerbGroup;
    const before = groups[index - 1] as VerbGroup;
    if (!before.reduced || group.auxiliaries.length > 0 || tokens[group.first - 1]?.lower !== 'and') continue;
    const between = tokens.slice(before.last + 1, group.first - 1);
    const participle = readVerb((tokens[group.head] as Token).lower).some((r) => r.form === 'participle');
    if (participle && !between.some((token) => PHRASE_END.test(token.text)))
      groups[index] = reducedGroup(group);
  }
}

const PHRASE_END = /^[,;:.!?—–()]$/;

function reducedGroup(group: VerbGroup): VerbGroup {
  return { ...group, passive: true, tense: 'past', finite: false, reduced: true };
}
