/**
 * The subject of a verb group, for a headline: where it lies in the sentence (back from the verb,
 * past dates, appositives and relative pronouns) and how it reads ("Secretary of State Mike Pompeo"
 * → "Pompeo", "the two men" → "Trump and Kim"), with whether it takes a plural verb.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, CLAUSE_WORDS, DATE_PREPOSITIONS } from './boundaries';
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { EVENT_NOUNS } from './keywords';

const MODIFIER_PREPOSITIONS = new Set(['with', 'of', 'from', 'for', 'in', 'at', 'between', 'by', 'on']);
const TITLE_WORDS = new Set([
  'the',
  'a',
  'an',
  'secretary',
  'state',
  'defense',
  'minister',
  'foreign',
  'prime',
  'president',
  'vice',
  'leader',
  'chairman',
  'envoy',
  'ambassador',
  'head',
  'chief',
  'spokesman',
  'spokeswoman',
  'u.s.',
  'north',
  'south',
  'korean',
  'american',
  'chinese',
]);
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
const FILLERS = new Set(['about', 'some', 'approximately', 'nearly', 'roughly', 'around']);
const MAX_SUBJECT_WORDS = 6;
// Pronouns that stand for the person last named ("it" rarely does).
const PRONOUNS = new Set(['he', 'she']);
const PLURAL_REFERENCE = /^(?:(?:the|these|those)\s+)?(?:two|both)(?:\s+[a-z]+)?$|^they$/;
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'both', 'several', 'many', 'few']);
const IRREGULAR_PLURALS = new Set([
  'men',
  'women',
  'people',
  'children',
  'police',
  'staff',
  'crew',
  'personnel',
]);

/** A headline's subject: its words, whether it takes a plural verb, and the entities it names. */
export interface TitleParts {
  /** Subject words as they will appear ("Pompeo", "Trump and Kim", "Officials from both sides"). */
  subject: string;
  plural: boolean;
  /** Entities the subject names (for the event's actors). */
  subjectEntities: EntityMention[];
}

/** Token range [from, to) of the subject: back from the verb group to a clause boundary. */
export function subjectRange(
  tokens: Token[],
  group: VerbGroup,
  timexSpans: Array<[number, number]>,
  groups: VerbGroup[],
): [number, number] {
  const previous = groups.filter((other) => other.last < group.first).pop();
  let end = group.first;
  // "The Pentagon on Monday called off": a date between subject and verb is not the subject's end.
  const inTimex = (token: Token | undefined) =>
    token !== undefined && timexSpans.some(([a, b]) => token.start >= a && token.end <= b);
  if (inTimex(tokens[end - 1])) {
    let skip = end;
    while (skip > 0 && inTimex(tokens[skip - 1])) skip--;
    if (DATE_PREPOSITIONS.has(tokens[skip - 1]?.lower ?? '')) skip--;
    const before = tokens[skip - 1];
    if (before && !BOUNDARY_PUNCTUATION.has(before.text) && !CLAUSE_WORDS.has(before.lower)) end = skip;
  }
  // ", however," between subject and verb.
  if (
    tokens[end - 1]?.text === ',' &&
    DISCOURSE_ADVERBS.has(tokens[end - 2]?.lower ?? '') &&
    tokens[end - 3]?.text === ','
  )
    end -= 3;
  const range = scanBack(tokens, end, previous ? previous.last + 1 : 0, timexSpans);
  // "met Ri … and afterwards accepted": a coordinated verb shares the first verb's subject.
  const coordinated =
    previous !== undefined &&
    tokens[range[0]]?.lower === 'and' &&
    tokens.slice(range[0] + 1, range[1]).every((token) => /^[a-z]+$/.test(token.text) && !token.protected);
  if (coordinated && previous) return subjectRange(tokens, previous, timexSpans, groups);
  if (range[0] < range[1]) return range;
  const before = tokens[group.first - 1];
  // "Chung Eui-yong, South Korea's national security adviser, delivered": skip the appositive.
  if (tokens[end - 1]?.text === ',') {
    let comma = end - 2;
    while (comma > 0 && tokens[comma]?.text !== ',' && end - comma < 12) comma--;
    if (tokens[comma]?.text === ',') {
      const appositive = scanBack(tokens, comma, previous ? previous.last + 1 : 0, timexSpans);
      if (appositive[0] < appositive[1]) return appositive;
    }
  }
  // "The summit, which was held …": the subject is the noun the relative pronoun stands for.
  if (before && ['which', 'who', 'that'].includes(before.lower)) {
    let at = group.first - 1;
    if (tokens[at - 1]?.text === ',') at--;
    // "… for a formal ceremony at the base, which is expected to take place": the event noun.
    for (let noun = at - 1; noun >= Math.max(0, at - 10); noun--) {
      if (BOUNDARY_PUNCTUATION.has(tokens[noun]?.text ?? '')) break;
      if (!EVENT_NOUNS.has(tokens[noun]?.lower ?? '')) continue;
      let from = noun;
      while (from > 0 && noun - from < 4 && !['a', 'an', 'the'].includes(tokens[from]?.lower ?? '')) from--;
      if (['a', 'an', 'the'].includes(tokens[from]?.lower ?? '')) return [from, at];
      break;
    }
    return scanBack(tokens, at, previous && previous.last < at ? previous.last + 1 : 0, timexSpans);
  }
  // "The exercises planned for August were called off": skip the reduced relative clause.
  if (previous && previous.auxiliaries.length === 0 && previous.first === previous.head) {
    return scanBack(tokens, previous.first, 0, timexSpans);
  }
  return range;
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
    // "On June 12, Trump and Kim met": the date ends the subject.
    if (timexSpans.some(([a, b]) => token.start >= a && token.end <= b)) break;
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

/** Describes the subject for a headline: entity short names when it has entities, else its words. */
export function describeSubject(
  tokens: Token[],
  range: [number, number],
  entities: EntityMention[],
  antecedent: EntityMention[],
  group: EntityMention[] = [],
): TitleParts {
  const [from, to] = range;
  // "The two men", "both leaders", "they": the people last named together.
  const reference = tokens
    .slice(from, to)
    .map((token) => token.lower)
    .join(' ');
  if (PLURAL_REFERENCE.test(reference) && group.length >= 2) {
    const names = group.map((entity) => entity.short);
    return { subject: names.join(' and '), plural: true, subjectEntities: group };
  }
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const inside = entities.filter((entity) => entity.start >= start && entity.end <= end);
  const words = tokens.slice(from, to).map((token) => token.text);
  const hasAnd = words.some((word) => word === 'and' || word === '&');
  // "The summit with Kim": the entity only modifies the head noun, which names the subject.
  const firstEntityToken = tokens.findIndex(
    (token, index) =>
      index >= from && inside.some((entity) => token.start >= entity.start && token.end <= entity.end),
  );
  const headWords = tokens
    .slice(from, firstEntityToken === -1 ? to : firstEntityToken)
    .map((token) => token.lower);
  const modifierOnly = headWords.some(
    (word, index) =>
      MODIFIER_PREPOSITIONS.has(word) && headWords.slice(0, index).some((w) => !TITLE_WORDS.has(w)),
  );
  if (inside.length > 0 && !modifierOnly) {
    // "Secretary of State Mike Pompeo" → "Pompeo"; "Trump and Kim" → both.
    // "North Korea's Foreign Ministry": the possessor only qualifies the entity after it.
    const possessive = tokens
      .slice(from, to)
      .findLastIndex((token) => token.lower === "'s" || token.lower === '’s');
    const afterPossessive =
      possessive === -1
        ? []
        : inside.filter((entity) => entity.start >= (tokens[from + possessive] as Token).end);
    const pool = afterPossessive.length > 0 ? afterPossessive : inside;
    const actors = hasAnd
      ? pool
      : pool.filter((entity) => entity.kind !== 'place' || pool.length === 1).slice(0, 1);
    const names = [
      ...new Set(
        actors.map((entity) =>
          entity.kind === 'place' && entity.government ? entity.government : entity.short,
        ),
      ),
    ];
    // "North Korean officials", "a US Air Force transport plane": the entity only modifies the
    // common noun that heads the subject.
    const head = words[words.length - 1] ?? '';
    const tail = /^[a-z]+$/.test(head) && !inside.some((e) => e.end === end) ? ` ${head}` : '';
    // "North Korean officials", "U.S. officials": keep the head noun when the entity only modifies it.
    const subject = tail ? `${names.join(' and ')}${tail}` : names.join(' and ');
    const pluralHead = IRREGULAR_PLURALS.has(head) || (/s$/.test(head) && !/ss$/.test(head));
    return { subject, plural: names.length > 1 || (tail !== '' && pluralHead), subjectEntities: actors };
  }
  const pronoun = words.length === 1 ? (words[0] as string).toLowerCase() : '';
  // "Trump has said he would …": a person named earlier in the sentence comes before the last one.
  const earlier = entities.filter((entity) => entity.kind === 'person' && entity.end <= start).pop();
  const referent = earlier ? [earlier] : antecedent;
  if (PRONOUNS.has(pronoun) && referent.length > 0) {
    const names = referent.map((entity) => entity.short);
    return { subject: names.join(' and '), plural: names.length > 1, subjectEntities: referent };
  }
  const kept = words.filter(
    (word, index) => !(index === 0 && ARTICLES.has(word.toLowerCase())) && !FILLERS.has(word.toLowerCase()),
  );
  let length = Math.min(kept.length, MAX_SUBJECT_WORDS);
  if (kept.length > MAX_SUBJECT_WORDS) {
    // Cut before a prepositional phrase that does not fit whole ("Remains of …").
    const preposition = kept.findIndex(
      (word, index) => index > 0 && MODIFIER_PREPOSITIONS.has(word.toLowerCase()),
    );
    if (preposition > 0) length = preposition;
  }
  const subject = kept.slice(0, length).join(' ');
  const last = (kept[length - 1] ?? '').toLowerCase();
  const counted = NUMBER_WORDS.has((kept[0] ?? '').toLowerCase());
  return {
    subject,
    plural:
      hasAnd ||
      counted ||
      IRREGULAR_PLURALS.has(last) ||
      (/s$/.test(last) && !/ss$/.test(last)) ||
      pronoun === 'they' ||
      pronoun === 'we',
    subjectEntities: [],
  };
}
