/**
 * What "it", "he" or "she" stands for when the sentence before names nobody: the named thing a
 * sentence opens with ("Odette was a fearsome storm. It weakened …" → "Odette weakens"), or the
 * story's main subject, named by its headline or lede ("Hurricane Odette crashed ashore …").
 * Conservative on purpose: only a capitalized name, and only one that agrees in kind (a storm or a
 * company for "it", a person of the same sex for "he" or "she"); anything else stays unresolved.
 */
import type { EntityMention } from './entities';
import { readVerb } from './verbs';

/** A pronoun's referent by kind: "it" for a thing, "he" or "she" for a person. */
export type Pronoun = 'it' | 'he' | 'she';

/** The story's main subject, with the pronoun that stands for it. */
export interface StorySubject {
  mention: EntityMention;
  pronoun: Pronoun;
}

/** What a pronoun in the sentence being read may stand for, beyond the person antecedent. */
export interface PronounReferents {
  /** The named thing "it" stands for here. */
  it: EntityMention[];
  /** The story's main subject, for a "he" or "she" nobody nearer accounts for. */
  story: StorySubject | null;
}

const NAME_WORD = String.raw`[A-Z][a-z]+(?:[-'’][A-Za-z]+)*`;
const NAME = String.raw`${NAME_WORD}(?:\s+${NAME_WORD}){0,3}`;
/** A short opening phrase before the subject: "Only two days ago, ", "On Tuesday, ". */
const OPENING = String.raw`^\W*(?:[^,.;"“”]{1,40},\s+)?`;
const OPENING_NAME = new RegExp(`${OPENING}(${NAME})(?=(,\\s|\\s+[a-z]))`);
/** Names of storms keep their kind word: "Hurricane Odette". */
const STORM = /^(?:Hurricane|Typhoon|Cyclone|Tropical Storm|Storm|Superstorm)\s/;
/** Names that end like a company's: "Halvorsen Foods Inc", "Prairie Seed Co". */
const COMPANY = /\s(?:Inc|Corp|Co|Ltd|Group|Company|Holdings|Foods|Motors|Airlines|Bank|Systems|Energy)\.?$/;
/** After a name, what marks a person: an age, "who", "now 46", a role in apposition. */
const PERSON_AFTER =
  /^,\s+(?:\d{1,3},|now\s+\d{1,3}|who\b|whose\b|(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}(?:engineer|brewer|founder|executive|chief|director|manager|player|captain|coach|writer|author|singer|actor|actress|lawyer|doctor|teacher|farmer|owner|leader|officer|minister|mother|father|widow|scientist|artist|politician)\b)/;
/** Capitalized words that open sentences without naming anything. */
const NOT_NAMES = new Set(
  `The A An This That These Those It He She They We I You His Her Its Their Our My Your There Here
  Some Many Most Both Each Every Everyone Nobody Nothing Something Everything One Another Such Only
  But And Or So Yet If When While After Before Since Until Meanwhile However Today Yesterday Tomorrow
  Monday Tuesday Wednesday Thursday Friday Saturday Sunday Officials Authorities Police Residents`.split(
    /\s+/,
  ),
);

interface OpeningName {
  name: string;
  start: number;
  /** What follows the name: ", who …" or " crashed …". */
  rest: string;
}

function openingName(text: string): OpeningName | null {
  const match = OPENING_NAME.exec(text);
  if (!match) return null;
  const name = match[1] as string;
  const first = name.split(/\s+/)[0] as string;
  if (NOT_NAMES.has(first)) return null;
  const start = match.index + match[0].length - name.length;
  return { name, start, rest: text.slice(start + name.length) };
}

function mention(name: string, start: number, kind: EntityMention['kind']): EntityMention {
  const short = kind === 'person' ? (name.split(/\s+/).pop() ?? name) : name;
  return { start, end: start + name.length, name, kind, short };
}

/** "he" or "she" for the person a text goes on to speak of, or null when it never says. */
function genderAfter(text: string, from: number): Pronoun | null {
  const match = /\b(he|him|his|she|her|hers)\b/i.exec(text.slice(from));
  if (!match) return null;
  return /^(?:he|him|his)$/i.test(match[1] as string) ? 'he' : 'she';
}

/**
 * The story's main subject from its headline line or lede: a named person whose sex the text
 * shows ("Harriet Voss, a structural engineer … died … at her home"), or a named storm or company.
 * `text` is the opening sentence, `next` the one after it (where "She was 90" may come).
 */
export function storySubject(text: string, entities: EntityMention[], next = ''): StorySubject | null {
  const opening = openingName(text);
  if (!opening) return null;
  const { name, start, rest } = opening;
  const entity = entities.find((other) => other.start <= start && other.end >= start + name.length);
  if (STORM.test(name) || COMPANY.test(name) || (entity && entity.kind === 'organization'))
    return { mention: entity ?? mention(name, start, 'organization'), pronoun: 'it' };
  const person = entity?.kind === 'person' || PERSON_AFTER.test(rest);
  if (!person || name.split(/\s+/).length < 2) return null;
  const pronoun = genderAfter(`${text} ${next}`, start + name.length);
  return pronoun ? { mention: entity ?? mention(name, start, 'person'), pronoun } : null;
}

/** Whether a name is the story's thing, in full or by its last word ("Odette", "Halvorsen"). */
function isStoryThing(name: string, story: StorySubject | null): boolean {
  if (!story || story.pronoun !== 'it') return false;
  const full = story.mention.name;
  const last = full.split(/\s+/).pop() ?? full;
  const first = full.replace(STORM, '').split(/\s+/)[0] ?? full;
  return name === full || name === last || name === first;
}

/**
 * The named thing a sentence opens with, which an "it" later in it or in the next sentence stands
 * for: the story's thing, an organization, or a single-word name followed by its verb ("Apple
 * closed 2.5 percent lower") that is nobody's name in the article. Null for anything else.
 */
export function openingThing(
  text: string,
  entities: EntityMention[],
  story: StorySubject | null,
  people: Set<string>,
): EntityMention | null {
  const opening = openingName(text);
  if (!opening) return null;
  const { name, start, rest } = opening;
  if (isStoryThing(name, story) && story) return story.mention;
  const entity = entities.find((other) => other.start <= start && other.end >= start + name.length);
  if (entity) return entity.kind === 'organization' ? entity : null;
  if (STORM.test(name) || COMPANY.test(name)) return mention(name, start, 'organization');
  // A one-word name directly before its verb, singular, and never a person's in this article.
  const verb = /^\s+([a-z]+)/.exec(rest)?.[1] ?? '';
  const finite = readVerb(verb).some((reading) => reading.form === 'past' || reading.form === 'present3');
  if (name.includes(' ') || !finite || /s$/.test(name) || people.has(name)) return null;
  return mention(name, start, 'organization');
}

/**
 * Whether a sentence leaves an "it" in the next one free to stand for the story's thing: it opens
 * with a person ("he", "she", "they", a quotation), so that no other thing is in view.
 */
export function leavesItOpen(text: string): boolean {
  return new RegExp(`${OPENING}(?:["“]|(?:he|she|they|we|i)\\s)`, 'i').test(text);
}

const MALE_NOUNS = new Set(['husband', 'father', 'son', 'brother', 'man', 'boy', 'grandfather', 'uncle']);
const FEMALE_NOUNS = new Set([
  'wife',
  'mother',
  'daughter',
  'sister',
  'woman',
  'girl',
  'grandmother',
  'aunt',
]);

/**
 * The story's person for a "he" or "she" nobody nearer accounts for, or null: the sexes must agree,
 * and no other person of that sex may be spoken of before the pronoun ("His father worked there
 * until he retired": "he" is the father). `before` is the sentence up to the pronoun.
 */
export function storyPerson(
  pronoun: string,
  before: string,
  referents?: PronounReferents,
): EntityMention | null {
  const story = referents?.story;
  if (!story || story.pronoun !== pronoun || story.pronoun === 'it') return null;
  const rivals = pronoun === 'he' ? MALE_NOUNS : FEMALE_NOUNS;
  const words = before.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.some((word) => rivals.has(word))) return null;
  // A name of two capitalized words other than the story's own may be the one meant.
  // "Her husband, Robert Baird, whom she married": a name in apposition to a kin noun of the
  // other sex is no rival.
  const others = pronoun === 'he' ? FEMALE_NOUNS : MALE_NOUNS;
  const own = story.mention.name.split(/\s+/);
  for (const match of before.matchAll(new RegExp(`${NAME_WORD}\\s+${NAME_WORD}`, 'g'))) {
    if (match[0].split(/\s+/).some((word) => own.includes(word))) continue;
    const kin = /([a-z]+)\s*,?\s*$/.exec(before.slice(0, match.index))?.[1] ?? '';
    if (!others.has(kin)) return null;
  }
  return story.mention;
}
