/**
 * How a subject reads in a headline ("Secretary of State Mike Pompeo" → "Pompeo", "the two men" →
 * "Trump and Kim", "Chief executive Anna Berg" → "Berg", a pronoun with nothing to stand for → left
 * out) and whether it takes a plural verb; and which person a "he" or "she" in the next sentence
 * stands for.
 */
import type { Token } from './clause';
import type { EntityMention } from './entities';
import { storyPerson } from './pronouns';
import type { PronounReferents } from './pronouns';

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
/**
 * Nouns naming what a person does: right before a name ("striker Jonas Lind", "chief executive
 * Anna Berg") they mark it as a person's, whom a headline calls by the surname.
 */
const ROLES = `actor activist adviser advisor ambassador analyst architect artist attorney author billionaire
bishop boss candidate captain champion chairman chairwoman chancellor chief coach commander composer conductor
defender defendant detective director doctor driver economist editor engineer envoy executive founder forward
general goalkeeper governor head inspector investor journalist judge king lawmaker lawyer leader manager mayor
midfielder minister musician novelist nurse officer official owner painter pianist player poet pope premier
president prince princess professor prosecutor queen rapper referee reporter researcher rider runner scientist
secretary senator sergeant singer skier spokesman spokesperson spokeswoman sprinter star striker suspect
swimmer victim violinist winner writer`.split(/\s+/);
const ROLE_SET = new Set(ROLES);
const NAME_PATTERN = String.raw`[A-Z][a-z]+(?:[-'’][A-Za-z]+)*`;
// A role word, in either case, then a name of two or three words: "Sprinter Ada Mensah".
const ROLE_NAME = new RegExp(
  String.raw`\b(?:${ROLES.map((role) => `[${role[0]?.toUpperCase()}${role[0]}]${role.slice(1)}`).join('|')})\s+(${NAME_PATTERN}(?:\s+${NAME_PATTERN}){1,2})\b`,
);
// A name of two or three words followed by an age between commas: "Rosa Mendel, 62, runs …".
const NAME_AGE = new RegExp(String.raw`\b(${NAME_PATTERN}(?:\s+${NAME_PATTERN}){1,2}),\s+\d{1,3},`);
// A sentence about a person named by a single word, marked as one by what follows: "Archer, who
// turned 24 …", "Sato, now 46, worked …".
const OPENING_PERSON = new RegExp(
  String.raw`^\W*(${NAME_PATTERN}(?:\s+${NAME_PATTERN}){0,2}),\s+(?:who|whose|now\s+\d{1,3},|\d{1,3},)`,
);
const NAME_WORD = /^[A-Z][a-z]+(?:[-'’][A-Za-z]+)*$/;
// Capitalized words that never start or end a person's name.
const NOT_NAMES = new Set([
  'The',
  'On',
  'In',
  'At',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
]);
const FILLERS = new Set(['about', 'some', 'approximately', 'nearly', 'roughly', 'around']);
const ARTICLES = new Set(['a', 'an', 'the']);
const MAX_SUBJECT_WORDS = 6;
// Pronouns that stand for the person last named ("it" rarely does).
const PRONOUNS = new Set(['he', 'she']);
// Pronouns that only stand for something: with nothing to stand for, the headline leaves them out.
// A sentence about "he" or "she", maybe after a short opening phrase.
// "In the late 1960s she began …": the opening phrase may go without its comma.
const PRONOUN_OPENING =
  /^\W*(?:[^,.;]{1,40},\s*|(?:in|on|at|by|after|during|from|since|until|before)\s[^,.;]{1,30}?\s)?(?:he|she)\s/i;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'its', 'their']);
const BARE_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
const PLURAL_REFERENCE = /^(?:(?:the|these|those)\s+)?(?:two|both)(?:\s+[a-z]+)?$|^they$/;
const NUMBER_WORDS = new Set(['two', 'three', 'four', 'five', 'both', 'several', 'many', 'few']);
// "Thirty-two of the members", "1,500 ethnic Albanians", "Dozens of": a count takes a plural verb.
const COUNT =
  /^(?:\d[\d,.]*|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w+)?|dozens|hundreds|thousands|millions|tens)$/i;
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

/**
 * Whether a noun is plural: "teams", "people", "Democrats"; not "bus", "crisis", "news", nor a
 * name of several words ("Halvorsen Foods").
 */
function isPluralNoun(word: string, afterName = false): boolean {
  const lower = word.toLowerCase();
  if (IRREGULAR_PLURALS.has(lower)) return true;
  if (afterName || ['news', 'series'].includes(lower)) return false;
  // "Israelis", "Iraqis" are people; "crisis", "Paris" are not.
  if (/^[A-Z][a-z]{3,}is$/.test(word)) return true;
  return /s$/.test(lower) && !/(?:ss|us|is|ics)$/.test(lower);
}

/**
 * A person named after a role word among `words` ("Twice champion Marta Silva"): the index of the
 * name's first word and its length, or null.
 */
function roleName(words: string[], from = 0): { at: number; length: number } | null {
  for (let i = from; i < words.length - 2; i++) {
    if (!ROLE_SET.has((words[i] as string).toLowerCase())) continue;
    let length = 0;
    while (length < 3 && NAME_WORD.test(words[i + 1 + length] ?? '')) length++;
    const name = words.slice(i + 1, i + 1 + length);
    if (length >= 2 && !name.some((word) => NOT_NAMES.has(word))) return { at: i + 1, length };
  }
  return null;
}

function personMention(name: string, start: number, end: number): EntityMention {
  return { start, end, name, kind: 'person', short: name.split(/\s+/).pop() ?? name };
}

/**
 * The people a "he" or "she" in the next sentence stands for: the first person this sentence
 * names (a known entity or a name after a role word); when it names none but is itself about "he"
 * or "she", the same person as before; otherwise nobody, so that a pronoun is never tied to
 * someone named several sentences back.
 */
export function sentenceAntecedent(
  text: string,
  entities: EntityMention[],
  current: EntityMention[],
): EntityMention[] {
  // "He met Kim on Friday", "On Tuesday, she said …": the next "he" is still the same person.
  if (PRONOUN_OPENING.test(text)) return current;
  const person = entities.find((entity) => entity.kind === 'person');
  const named = ROLE_NAME.exec(text) ?? NAME_AGE.exec(text) ?? OPENING_PERSON.exec(text);
  if (named && !named[1]?.split(' ').some((word) => NOT_NAMES.has(word))) {
    const name = named[1] as string;
    const start = named.index + named[0].lastIndexOf(name);
    if (!person || start < person.start) return [personMention(name, start, start + name.length)];
  }
  return person ? [person] : [];
}

/** Describes the subject for a headline: entity short names when it has entities, else its words. */
export function describeSubject(
  tokens: Token[],
  range: [number, number],
  entities: EntityMention[],
  antecedent: EntityMention[],
  group: EntityMention[] = [],
  referents?: PronounReferents,
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
  let firstEntityToken = -1;
  for (let index = from; index < to && firstEntityToken === -1 && inside.length > 0; index++) {
    const token = tokens[index] as Token;
    if (inside.some((entity) => token.start >= entity.start && token.end <= entity.end))
      firstEntityToken = index;
  }
  const headWords = tokens
    .slice(from, firstEntityToken === -1 ? to : firstEntityToken)
    .map((token) => token.lower);
  const modifierOnly = headWords.some(
    (word, index) =>
      MODIFIER_PREPOSITIONS.has(word) && headWords.slice(0, index).some((w) => !TITLE_WORDS.has(w)),
  );
  if (inside.length > 0 && !modifierOnly) return entitySubject(tokens, range, inside, hasAnd);
  const pronoun = words.length === 1 ? (words[0] as string).toLowerCase() : '';
  // "Trump has said he would …": a person named earlier in the sentence comes before the last one.
  const earlier = entities.filter((entity) => entity.kind === 'person' && entity.end <= start).pop();
  const referent = earlier ? [earlier] : antecedent;
  if (PRONOUNS.has(pronoun) && referent.length > 0) {
    const names = referent.map((entity) => entity.short);
    return { subject: names.join(' and '), plural: names.length > 1, subjectEntities: referent };
  }
  // "Odette was a fearsome storm. It weakened …", "She retired in 1991" in Harriet Voss's obituary.
  const fallback = pronounReferent(pronoun, tokens, from, referents);
  if (fallback) return { subject: fallback.short, plural: false, subjectEntities: [fallback] };
  // "He resigned on Wednesday", with nobody named before: a headline does not say "He resigns".
  if (BARE_PRONOUNS.has(pronoun)) return { subject: '', plural: false, subjectEntities: [] };
  // "his party" → "Varga's party"; a possessive with nobody to stand for is left out.
  const possessive = (words[0] ?? '').toLowerCase();
  if (POSSESSIVE_PRONOUNS.has(possessive) && words.length > 1) {
    const owner = ['his', 'her'].includes(possessive) ? referent[0] : undefined;
    words.splice(0, 1, ...(owner ? [`${owner.short}'s`] : []));
  }
  const kept = words.filter(
    (word, index) =>
      !(ARTICLES.has(word.toLowerCase()) && (index === 0 || /^[a-z]/.test(word))) &&
      !FILLERS.has(word.toLowerCase()),
  );
  // "Chief executive Anna Berg" → "Berg", and the person is one of the event's actors.
  const named = hasAnd ? null : roleName(kept);
  if (named && named.at + named.length === kept.length) {
    const name = kept.slice(named.at).join(' ');
    const first = tokens.findIndex((token, index) => index >= from && token.text === kept[named.at]);
    const person = personMention(name, tokens[first]?.start ?? start, end);
    return { subject: person.short, plural: false, subjectEntities: [person] };
  }
  let length = Math.min(kept.length, MAX_SUBJECT_WORDS);
  // The head noun comes before its prepositional phrase: "Shares of Brightwater Energy" are plural.
  const preposition = kept.findIndex(
    (word, index) => index > 0 && MODIFIER_PREPOSITIONS.has(word.toLowerCase()),
  );
  // Cut before a prepositional phrase that does not fit whole ("Remains of …").
  if (kept.length > MAX_SUBJECT_WORDS && preposition > 0) length = preposition;
  const subject = kept.slice(0, length).join(' ');
  const headAt = (preposition > 0 ? preposition : length) - 1;
  const head = kept[headAt] ?? '';
  const afterName = /^[A-Z]/.test(head) && /^[A-Z]/.test(kept[headAt - 1] ?? '');
  const counted = NUMBER_WORDS.has((kept[0] ?? '').toLowerCase()) || COUNT.test(kept[0] ?? '');
  return {
    subject,
    plural: hasAnd || counted || isPluralNoun(head, afterName) || pronoun === 'they' || pronoun === 'we',
    subjectEntities: [],
  };
}

/** The named thing an "it", or the story's person a "he" or "she", stands for; null when none agrees. */
function pronounReferent(
  pronoun: string,
  tokens: Token[],
  from: number,
  referents?: PronounReferents,
): EntityMention | null {
  if (!referents) return null;
  if (pronoun === 'it') return referents.it[0] ?? null;
  if (!PRONOUNS.has(pronoun)) return null;
  const before = tokens
    .slice(0, from)
    .map((token) => token.text)
    .join(' ');
  return storyPerson(pronoun, before, referents);
}

/** A subject that names entities: their short names, with the common noun they may modify. */
function entitySubject(
  tokens: Token[],
  range: [number, number],
  inside: EntityMention[],
  hasAnd: boolean,
): TitleParts {
  const [from, to] = range;
  const words = tokens.slice(from, to).map((token) => token.text);
  const end = tokens[to - 1]?.end ?? 0;
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
  // "Moon's office": the possessive stays when the entity only owns the head noun.
  const ownerEnd = actors.length === 1 ? (actors[0] as EntityMention).end : -1;
  const owner = tokens.find((token) => token.start < ownerEnd && token.end > ownerEnd);
  const apostrophe = tail !== '' && owner && /['’]s$/.test(owner.text) ? owner.text.slice(-2) : '';
  const subject = tail ? `${names.join(' and ')}${apostrophe}${tail}` : names.join(' and ');
  return {
    subject,
    plural: names.length > 1 || (tail !== '' && isPluralNoun(head)),
    subjectEntities: actors,
  };
}
