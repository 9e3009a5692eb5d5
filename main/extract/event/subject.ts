/**
 * Where the subject of a verb group lies in the sentence: back from the verb, past dates,
 * appositives and relative clauses, or the noun a relative pronoun stands for. How it reads in a
 * headline is subject-words.ts.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, CLAUSE_WORDS, DATE_PREPOSITIONS } from './boundaries';
import { isAdverb } from './clause';
import type { Token, VerbGroup } from './clause';
import { EVENT_NOUNS } from './keywords';
import { listenerEnd } from './report';

const DISCOURSE_ADVERBS = new Set([
  'however',
  'meanwhile',
  'though',
  'too',
  'also',
  'instead',
  'then',
  'separately',
  'nevertheless',
]);
const RELATIVES = new Set(['which', 'who', 'that']);
// Verbs that take a clause: "which officials said could happen", "the man who said talks began".
const CLAUSE_VERBS = new Set([
  'say',
  'tell',
  'report',
  'believe',
  'think',
  'expect',
  'hope',
  'fear',
  'estimate',
  'claim',
  'predict',
  'know',
  'add',
]);
const OPENING_PREPOSITIONS = new Set(['in', 'on', 'at', 'after', 'before', 'during', 'with', 'under', 'for']);
const MODIFIER_OPENERS = new Set([
  'near',
  'in',
  'at',
  'by',
  'on',
  'from',
  'with',
  'under',
  'outside',
  'inside',
]);
const LEADING_JOINERS = new Set([
  'and',
  'or',
  'nor',
  'but',
  'yet',
  'so',
  'then',
  'until',
  'till',
  'unless',
  'once',
  'whether',
  'if',
  'when',
  'while',
  'because',
  'although',
  'though',
  'since',
  'as',
  'meaning',
]);
const LEADING_PREPOSITIONS = new Set([
  'in',
  'on',
  'at',
  'after',
  'before',
  'during',
  'with',
  'under',
  'for',
  'from',
  'through',
  'of',
  'to',
  'by',
  'according',
  'up',
  'into',
  'over',
  'about',
  'than',
  'without',
  'between',
  'among',
  'against',
]);
const COUNTING = new Set(['about', 'over', 'under', 'up', 'around']);
/** Nouns that name a period a relative clause may describe: "the fiscal year, which ends …". */
const PERIOD_NOUNS = new Set(['quarter', 'year', 'half', 'fiscal', 'season', 'term', 'session', 'semester']);
const DEICTIC = new Set(['this', 'last', 'next', 'past', 'coming']);
/** How many words a participle's host keeps before it is cut to its head ("fines against …"). */
const MAX_HOST_WORDS = 4;
/** How far back a comma may open an appositive or a relative clause (", which has struggled since …,"). */
const APPOSITIVE_REACH = 20;

/** Token range [from, to) of the subject: back from the verb group to a clause boundary. */
export function subjectRange(
  tokens: Token[],
  group: VerbGroup,
  timexSpans: Array<[number, number]>,
  groups: VerbGroup[],
): [number, number] {
  const range = trimLead(tokens, rawSubjectRange(tokens, group, timexSpans, groups));
  // "told CNBC it had seen": the listener is not the subject of what was told.
  const previous = groups.filter((other) => other.last < group.first).pop();
  const listener = previous ? listenerEnd(tokens, previous) : null;
  return listener !== null && listener > range[0] && listener < range[1] ? [listener, range[1]] : range;
}

/**
 * A subject never opens with a conjunction ("and MPs are expected") or a subordinator ("until Mrs
 * May rules out"): they join the clause to the one before. A range that opens with a preposition
 * ("in a walkout that lasted", "according to a study published") holds no subject at all, only
 * the noun after its article when there is one.
 */
function trimLead(tokens: Token[], range: [number, number]): [number, number] {
  const to = range[1];
  let from = range[0];
  while (from < to && LEADING_JOINERS.has(tokens[from]?.lower ?? '')) from++;
  // "About 300 jobs", "up to 20 people", "at least 40 people": a preposition that counts the subject.
  const number = (at: number) => /^\d/.test(tokens[at]?.text ?? '') && tokens[at]?.inside !== 'timex';
  const word = tokens[from]?.lower ?? '';
  const counted =
    (COUNTING.has(word) && (number(from + 1) || number(from + 2))) ||
    (word === 'at' && ['least', 'most'].includes(tokens[from + 1]?.lower ?? ''));
  if (
    from < to &&
    LEADING_PREPOSITIONS.has(tokens[from]?.lower ?? '') &&
    !tokens[from]?.protected &&
    !counted
  ) {
    const article = tokens.slice(from, to).findLastIndex((token) => ARTICLES.has(token.lower));
    return article > 0 ? [from + article, to] : [to, to];
  }
  return [from, to];
}

/** Whether the words before a verb open with a preposition: "With three days left, …". */
export function opensWithPreposition(
  tokens: Token[],
  group: VerbGroup,
  timexSpans: Array<[number, number]>,
  groups: VerbGroup[],
): boolean {
  const [from] = rawSubjectRange(tokens, group, timexSpans, groups);
  return LEADING_PREPOSITIONS.has(tokens[from]?.lower ?? '');
}

/** ", they said,": a verb of saying between commas, set inside another clause. */
function isAsideReport(tokens: Token[], group: VerbGroup): boolean {
  if (!['say', 'tell', 'add', 'note'].includes(group.base) || tokens[group.last + 1]?.text !== ',')
    return false;
  let i = group.first - 1;
  while (i > 0 && group.first - i < 4 && tokens[i]?.text !== ',') i--;
  return tokens[i]?.text === ',';
}

function rawSubjectRange(
  tokens: Token[],
  group: VerbGroup,
  timexSpans: Array<[number, number]>,
  groups: VerbGroup[],
): [number, number] {
  const previous = groups.filter((other) => other.last < group.first).pop();
  const end = verbStart(tokens, group, timexSpans);
  const range = scanBack(tokens, end, previous ? previous.last + 1 : 0, timexSpans);
  // "met Ri … and afterwards accepted": a coordinated verb shares the first verb's subject.
  // ", and councillors are expected": after a comma, "and" with words before the verb joins a clause.
  const coordinated =
    previous !== undefined &&
    tokens[range[0]]?.lower === 'and' &&
    (tokens[range[0] - 1]?.text !== ',' || range[1] - range[0] === 1) &&
    tokens.slice(range[0] + 1, range[1]).every((token) => /^[a-z]+$/.test(token.text) && !token.protected);
  if (coordinated && previous) {
    // "approved the figures, they said, and … deleted": the aside's reporter is nobody's subject.
    const host = isAsideReport(tokens, previous)
      ? groups.filter((other) => other.last < previous.first).pop()
      : previous;
    return rawSubjectRange(tokens, host ?? previous, timexSpans, groups);
  }
  // ", passed by the House and signed by the president on Friday,": the first participle's noun.
  if (group.reduced && previous?.reduced && tokens[group.first - 1]?.lower === 'and')
    return rawSubjectRange(tokens, previous, timexSpans, groups);
  // "The bridge that collapsed on Tuesday had been inspected", "Residents who fled the fighting
  // began": what lies between the two verbs belongs to the relative clause; the subject is its host.
  if (previous && range[0] === previous.last + 1 && !CLAUSE_VERBS.has(previous.base)) {
    const host = relativeHost(tokens, previous, groups, timexSpans);
    if (host) return host;
  }
  // "last month's discovery of a rifle buried near the home represented": the participle and
  // its phrase describe the subject, which lies before them.
  if (
    previous &&
    range[0] === previous.last + 1 &&
    isBareParticiple(tokens, previous) &&
    MODIFIER_OPENERS.has(tokens[range[0]]?.lower ?? '')
  ) {
    const whole = scanBack(tokens, previous.first, floorBefore(groups, previous.first), timexSpans);
    if (whole[0] < whole[1]) return whole;
  }
  // "In late New York trading the dollar was": an opening phrase without a comma is not the subject.
  if (OPENING_PREPOSITIONS.has(tokens[range[0]]?.lower ?? '')) {
    const article = tokens.slice(range[0], range[1]).findLastIndex((token) => ARTICLES.has(token.lower));
    if (article > 0) return [range[0] + article, range[1]];
  }
  if (range[0] < range[1]) return range;
  // "the late flight to London, scheduled for 11:25 p.m.": a participle phrase after a comma
  // describes the noun before the comma.
  if (!group.finite && group.passive && tokens[group.first - 1]?.text === ',') {
    const host = participleHost(tokens, group, groups, timexSpans);
    if (host[0] < host[1]) return host;
  }
  // "Chung Eui-yong, South Korea's national security adviser, delivered", "The senator, who had
  // served three terms, announced": skip the appositive or the relative clause between commas.
  // ", and on the night of Dec. 19, 2016, deleted": a fronted phrase of a coordinated verb (the
  // date's own comma does not count).
  if (tokens[end - 1]?.text === ',' && previous) {
    let opener = end - 2;
    while (opener > previous.last && (tokens[opener]?.text !== ',' || tokens[opener]?.inside === 'timex'))
      opener--;
    if (tokens[opener]?.text === ',' && tokens[opener + 1]?.lower === 'and') {
      const host = isAsideReport(tokens, previous)
        ? groups.filter((other) => other.last < previous.first).pop()
        : previous;
      return rawSubjectRange(tokens, host ?? previous, timexSpans, groups);
    }
  }
  if (tokens[end - 1]?.text === ',') {
    let comma = end - 2;
    while (comma > 0 && tokens[comma]?.text !== ',' && end - comma < APPOSITIVE_REACH) {
      if (BOUNDARY_PUNCTUATION.has(tokens[comma]?.text ?? '')) break;
      comma--;
    }
    if (tokens[comma]?.text === ',') {
      const appositive = scanBack(tokens, comma, floorBefore(groups, comma), timexSpans);
      if (appositive[0] < appositive[1]) return appositive;
    }
  }
  const relative = relativeBefore(tokens, end, previous, groups, timexSpans);
  if (relative !== null) return relativeAntecedent(tokens, relative, groups, timexSpans);
  // "The exercises planned for August were called off": skip the reduced relative clause.
  if (previous && previous.auxiliaries.length === 0 && previous.first === previous.head) {
    return scanBack(tokens, previous.first, 0, timexSpans);
  }
  return range;
}

/**
 * The noun phrase before the comma that a participle phrase describes: "The last hung parliament,
 * elected in …", "fines against two firms accused of dumping, imposed in March" (past the other
 * participle, and without the preposition that ties the phrase to the clause before), or the
 * period a date names ("fiscal 2013, reached …").
 */
function participleHost(
  tokens: Token[],
  group: VerbGroup,
  groups: VerbGroup[],
  timexSpans: Array<[number, number]>,
): [number, number] {
  const comma = group.first - 1;
  const period = timexBefore(tokens, comma);
  if (period) return period;
  let floor = comma;
  let before = groups.filter((other) => other.last < floor).pop();
  while (before && isBareParticiple(tokens, before)) {
    floor = before.first;
    before = groups.filter((other) => other.last < floor).pop();
  }
  const host = scanBack(tokens, comma, before ? before.last + 1 : 0, timexSpans);
  // "by fines against …", "under new terms of the agreement, announced …": a participle describes
  // the whole noun phrase, not the noun after its last article.
  stripPreposition(tokens, host, true);
  return [host[0], headOnly(tokens, host[0], host[1])];
}

/**
 * The place a "where" at `at` describes: the words before it back to the previous verb ("a
 * conservatory in Leipzig", with the preposition that introduced it when there is one).
 */
export function placeBefore(
  tokens: Token[],
  at: number,
  groups: VerbGroup[],
  timexSpans: Array<[number, number]>,
): [number, number] {
  const end = tokens[at - 1]?.text === ',' ? at - 1 : at;
  return scanBack(tokens, end, floorBefore(groups, end), timexSpans);
}

/** Where a long noun phrase's head ends: before its first preposition other than "of". */
function headOnly(tokens: Token[], from: number, to: number): number {
  if (to - from <= MAX_HOST_WORDS) return to;
  for (let at = from + 1; at < to; at++) {
    const word = tokens[at]?.lower ?? '';
    if (word !== 'of' && LEADING_PREPOSITIONS.has(word) && !tokens[at]?.protected) return at;
  }
  return to;
}

/** "fiscal 2025, which begins …", "the quarter, which ended …": the date before a comma or relative, as a noun. */
function timexBefore(tokens: Token[], at: number): [number, number] | null {
  if (tokens[at - 1]?.inside !== 'timex') return null;
  let from = at - 1;
  while (from > 0 && tokens[from - 1]?.inside === 'timex') from--;
  // Only a period named by a noun ("the fiscal year", "fiscal 2025"), not a day, a month or a
  // time counted from now ("last October", "this year", whose relative is about something else).
  const words = tokens.slice(from, at);
  if (DEICTIC.has(words[0]?.lower ?? '')) return null;
  return words.some((token) => PERIOD_NOUNS.has(token.lower)) ? [from, at] : null;
}

/** Where the subject ends: before a date ("The Pentagon on Monday called off") or ", however,". */
function verbStart(tokens: Token[], group: VerbGroup, timexSpans: Array<[number, number]>): number {
  let end = group.first;
  // "Kim quickly met": the adverb is not part of the subject.
  while (end > 1 && /^[a-z]/.test(tokens[end - 1]?.text ?? '') && isAdverb(tokens[end - 1]?.lower ?? ''))
    end--;
  const inTimex = (token: Token | undefined) =>
    token !== undefined && timexSpans.some(([a, b]) => token.start >= a && token.end <= b);
  if (inTimex(tokens[end - 1])) {
    let skip = end;
    while (skip > 0 && inTimex(tokens[skip - 1])) skip--;
    if (DATE_PREPOSITIONS.has(tokens[skip - 1]?.lower ?? '')) skip--;
    const before = tokens[skip - 1];
    if (before && !BOUNDARY_PUNCTUATION.has(before.text) && !CLAUSE_WORDS.has(before.lower)) end = skip;
  }
  if (
    tokens[end - 1]?.text === ',' &&
    DISCOURSE_ADVERBS.has(tokens[end - 2]?.lower ?? '') &&
    tokens[end - 3]?.text === ','
  )
    end -= 3;
  return end;
}

/** A bare participle right after a common noun: "a rifle buried", "a statement carried". */
function isBareParticiple(tokens: Token[], group: VerbGroup): boolean {
  const before = tokens[group.first - 1];
  return (
    group.auxiliaries.length === 0 &&
    group.first === group.head &&
    before !== undefined &&
    /^[a-z]+$/.test(before.text) &&
    !RELATIVES.has(before.lower) &&
    !['he', 'she', 'it', 'they', 'we', 'and', 'or', 'to'].includes(before.lower)
  );
}

/** Just past the last verb group that ends before `index`: a subject never reaches into it. */
function floorBefore(groups: VerbGroup[], index: number): number {
  const before = groups.filter((group) => group.last < index).pop();
  return before ? before.last + 1 : 0;
}

/**
 * The index of the relative pronoun whose clause `group` belongs to: right before it ("the
 * summit, which was held"), or before the subject of a verb of saying that the clause depends on
 * ("a second summit, which Moon's office said could happen").
 */
function relativeBefore(
  tokens: Token[],
  end: number,
  previous: VerbGroup | undefined,
  groups: VerbGroup[],
  timexSpans: Array<[number, number]>,
): number | null {
  if (RELATIVES.has(tokens[end - 1]?.lower ?? '')) return end - 1;
  if (!previous || !CLAUSE_VERBS.has(previous.base) || previous.last !== end - 1) return null;
  const speaker = scanBack(tokens, previous.first, 0, timexSpans);
  const at = speaker[0] - 1;
  return speaker[0] < speaker[1] &&
    RELATIVES.has(tokens[at]?.lower ?? '') &&
    hostsRelative(tokens, at, groups)
    ? at
    : null;
}

/** Whether the word before a relative pronoun is a noun it can stand for (not "said that"). */
function hostsRelative(tokens: Token[], at: number, groups: VerbGroup[]): boolean {
  const index = tokens[at - 1]?.text === ',' ? at - 2 : at - 1;
  const before = tokens[index];
  return (
    before !== undefined &&
    before.inside !== 'timex' &&
    /^[A-Za-z]/.test(before.text) &&
    !groups.some((group) => group.last === index)
  );
}

/** The noun phrase a relative clause opened by `previous` describes, when it is that clause's host. */
function relativeHost(
  tokens: Token[],
  previous: VerbGroup,
  groups: VerbGroup[],
  timexSpans: Array<[number, number]>,
): [number, number] | null {
  const at = previous.first - 1;
  if (!RELATIVES.has(tokens[at]?.lower ?? '') || !hostsRelative(tokens, at, groups)) return null;
  // A non-restrictive clause (", which …,") closes with a comma, handled as an appositive.
  if (tokens[at - 1]?.text === ',') return null;
  const host = scanBack(tokens, at, floorBefore(groups, at), timexSpans);
  return host[0] < host[1] ? host : null;
}

/** "The summit, which was held …": the subject is the noun the relative pronoun stands for. */
function relativeAntecedent(
  tokens: Token[],
  relative: number,
  groups: VerbGroup[],
  timexSpans: Array<[number, number]>,
): [number, number] {
  let at = relative;
  if (tokens[at - 1]?.text === ',') at--;
  // "the fiscal year, which ends …" (not "sales in the current fiscal year that are above …").
  const period = at < relative ? timexBefore(tokens, at) : null;
  if (period) return period;
  // "… for a formal ceremony at the base, which is expected to take place": the event noun.
  for (let noun = at - 1; noun >= Math.max(0, at - 10); noun--) {
    if (BOUNDARY_PUNCTUATION.has(tokens[noun]?.text ?? '')) break;
    // "to visit Seoul": after "to", the word is a verb.
    if (!EVENT_NOUNS.has(tokens[noun]?.lower ?? '') || tokens[noun - 1]?.lower === 'to') continue;
    let from = noun;
    while (from > 0 && noun - from < 4 && !ARTICLES.has(tokens[from]?.lower ?? '')) from--;
    if (ARTICLES.has(tokens[from]?.lower ?? '')) return [from, at];
    break;
  }
  const whole = scanBack(tokens, at, floorBefore(groups, at), timexSpans);
  stripPreposition(tokens, whole);
  // "clashes with the entrance exams, which end …", "trouble with Iran, which had condemned …": a
  // clause after a comma stands for the nearest noun phrase, the object of the last preposition
  // (an event noun before it was taken above: "the summit in Lisbon, which …"); not so a clause
  // without a comma ("an event at headquarters that began").
  for (let word = at - 1; word > whole[0] && at < relative; word--) {
    const token = tokens[word] as Token;
    if (token.inside === 'timex' || (!token.protected && /^[A-Z]/.test(token.text))) break;
    if (token.lower !== 'of' && LEADING_PREPOSITIONS.has(token.lower) && !token.protected)
      return word + 1 < at ? [word + 1, at] : whole;
  }
  return whole;
}

/**
 * "wedged between World War II, which …", "by fines against two firms, imposed …": a preposition
 * that opens the phrase belongs to the clause before. With an article after it, trimLead keeps
 * the noun after the last article instead ("to stabilize a region that …" → "a region"), unless
 * `always`.
 */
function stripPreposition(tokens: Token[], range: [number, number], always = false): void {
  const [from, to] = range;
  if (from >= to - 1 || !LEADING_PREPOSITIONS.has(tokens[from]?.lower ?? '') || tokens[from]?.protected)
    return;
  if (!always && tokens.slice(from, to).some((token) => ARTICLES.has(token.lower))) return;
  range[0] = from + 1;
}

function scanBack(
  tokens: Token[],
  end: number,
  floor: number,
  timexSpans: Array<[number, number]>,
): [number, number] {
  let from = end;
  for (let i = end - 1; i >= floor; i--) {
    const token = tokens[i] as Token;
    // "On June 12, Trump and Kim met": the date ends the subject (and "month's" goes with it).
    if (timexSpans.some(([a, b]) => token.start < b && a < token.end)) break;
    if (
      BOUNDARY_PUNCTUATION.has(token.text) ||
      CLAUSE_WORDS.has(token.lower) ||
      (token.lower === 'and' && isVerbLike(tokens, i - 1))
    )
      break;
    from = i;
  }
  return [from, end];
}

function isVerbLike(tokens: Token[], index: number): boolean {
  return /(?:ed|s)$/.test(tokens[index]?.lower ?? '') && !/^[A-Z]/.test(tokens[index]?.text ?? '');
}

export { describeSubject, sentenceAntecedent } from './subject-words';
export type { TitleParts } from './subject-words';
