/**
 * Headline-style titles: subject + verb in headline form + object, about eight words, with the date
 * phrase left out ("Secretary of State Mike Pompeo wrapped up a two-day trip to Pyongyang today"
 * → "Pompeo wraps up two-day trip to Pyongyang").
 */
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { participleForm, presentForm } from './verbs';

const MAX_TITLE_WORDS = 8;
const ARTICLES = new Set(['a', 'an', 'the']);
const CLAUSE_WORDS = new Set(['that', 'which', 'who', 'whom', 'whose', 'when', 'where', 'while', 'because', 'although', 'though', 'but', 'whereas', 'if', 'unless', 'as', 'since', 'after', 'before', 'so']);
const BOUNDARY_PUNCTUATION = new Set([',', ';', ':', '—', '–', '(', ')', '"', '“', '”', '.', '!', '?']);
const DANGLING = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'by', 'from', 'its', 'his', 'her', 'their', 'as', 'about', 'around', 'over', 'than', 'into', 'near']);
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at', 'by', 'around', 'about', 'since', 'until', 'till', 'during', 'from', 'for', 'early', 'late', 'as', 'of']);
// Pronouns that stand for the person last named ("it" rarely does).
const PRONOUNS = new Set(['he', 'she']);

export interface TitleParts {
  /** Subject words as they will appear ("Pompeo", "Trump and Kim", "Officials from both sides"). */
  subject: string;
  plural: boolean;
  /** Entities the subject names (for the event's actors). */
  subjectEntities: EntityMention[];
}

/** Token range [from, to) of the subject: back from the verb group to a clause boundary. */
export function subjectRange(tokens: Token[], group: VerbGroup, timexSpans: Array<[number, number]>, groups: VerbGroup[]): [number, number] {
  const previous = groups.filter((other) => other.last < group.first).pop();
  const range = scanBack(tokens, group.first, previous ? previous.last + 1 : 0, timexSpans);
  if (range[0] < range[1]) return range;
  const before = tokens[group.first - 1];
  // "The summit, which was held …": the subject is the noun the relative pronoun stands for.
  if (before && ['which', 'who', 'that'].includes(before.lower)) {
    let at = group.first - 1;
    if (tokens[at - 1]?.text === ',') at--;
    return scanBack(tokens, at, previous && previous.last < at ? previous.last + 1 : 0, timexSpans);
  }
  // "The exercises planned for August were called off": skip the reduced relative clause.
  if (previous && previous.auxiliaries.length === 0 && previous.first === previous.head) {
    return scanBack(tokens, previous.first, 0, timexSpans);
  }
  return range;
}

function scanBack(tokens: Token[], end: number, floor: number, timexSpans: Array<[number, number]>): [number, number] {
  let from = end;
  for (let i = end - 1; i >= floor; i--) {
    const token = tokens[i] as Token;
    // "On June 12, Trump and Kim met": the date ends the subject.
    if (timexSpans.some(([a, b]) => token.start >= a && token.end <= b)) break;
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower) || (token.lower === 'and' && isVerbLike(tokens, i - 1))) break;
    from = i;
  }
  return [from, end];
}

function isVerbLike(tokens: Token[], index: number): boolean {
  return /(?:ed|s)$/.test(tokens[index]?.lower ?? '') && !/^[A-Z]/.test(tokens[index]?.text ?? '');
}

/** Describes the subject for a headline: entity short names when it has entities, else its words. */
export function describeSubject(tokens: Token[], range: [number, number], entities: EntityMention[], antecedent: EntityMention[]): TitleParts {
  const [from, to] = range;
  const start = tokens[from]?.start ?? 0;
  const end = tokens[to - 1]?.end ?? 0;
  const inside = entities.filter((entity) => entity.start >= start && entity.end <= end);
  const words = tokens.slice(from, to).map((token) => token.text);
  const hasAnd = words.some((word) => word === 'and' || word === '&');
  if (inside.length > 0) {
    // "Secretary of State Mike Pompeo" → "Pompeo"; "Trump and Kim" → both.
    const actors = hasAnd ? inside : inside.filter((entity) => entity.kind !== 'place' || inside.length === 1).slice(0, 1);
    const names = [...new Set(actors.map((entity) => (entity.kind === 'place' && entity.government ? entity.government : entity.short)))];
    const tail = words.length > 0 && /s$/.test(words[words.length - 1] as string) && !inside.some((e) => e.end === end) ? ` ${words[words.length - 1]}` : '';
    // "North Korean officials", "U.S. officials": keep the head noun when the entity only modifies it.
    const subject = tail ? `${names.join(' and ')}${tail}` : names.join(' and ');
    return { subject, plural: names.length > 1 || tail !== '', subjectEntities: actors };
  }
  const pronoun = words.length === 1 ? (words[0] as string).toLowerCase() : '';
  if (PRONOUNS.has(pronoun) && antecedent.length > 0) {
    const names = antecedent.map((entity) => entity.short);
    return { subject: names.join(' and '), plural: names.length > 1, subjectEntities: antecedent };
  }
  const kept = words.filter((word, index) => !(index === 0 && ARTICLES.has(word.toLowerCase())));
  const subject = kept.slice(0, 5).join(' ');
  const last = (kept[Math.min(kept.length, 5) - 1] ?? '').toLowerCase();
  return { subject, plural: hasAnd || (/s$/.test(last) && !/ss$/.test(last)) || pronoun === 'they' || pronoun === 'we', subjectEntities: [] };
}

/** The verb in headline form: "meets", "to meet", "could take place", "called off". */
export function headlineVerb(group: VerbGroup, plural: boolean, tokens: Token[]): string {
  const particle = group.particle ? ` ${group.particle}` : '';
  const modal = group.auxiliaries.find((word) => ['could', 'might', 'may'].includes(word));
  if (group.passive) {
    const participle = `${participleForm(group.base)}${particle}`;
    if (modal) return `${modal} be ${participle}`;
    if (group.tense === 'future' || group.modality === 'scheduled') return `to be ${participle}`;
    return participle;
  }
  if (group.negated) {
    const does = modal ?? (group.tense === 'future' ? 'will' : plural ? 'do' : 'does');
    return `${does} not ${group.base}${particle}`;
  }
  if (modal) return `${modal} ${group.base}${particle}`;
  if (group.modality === 'possible') {
    const lead = tokens[group.head - 2]?.lower === 'to' ? (tokens[group.head - 3]?.text ?? '') : '';
    return lead ? `${lead} to ${group.base}${particle}` : `may ${group.base}${particle}`;
  }
  if (group.tense === 'future' || group.modality === 'scheduled') return `to ${group.base}${particle}`;
  return `${presentForm(group.base, plural)}${particle}`;
}

/** Object/complement words after the verb group, skipping date phrases, up to a clause boundary. */
export function objectWords(tokens: Token[], group: VerbGroup, timexSpans: Array<[number, number]>, budget: number): string[] {
  const words: string[] = [];
  for (let i = group.last + 1; i < tokens.length && words.length < budget; i++) {
    const token = tokens[i] as Token;
    const inTimex = timexSpans.some(([a, b]) => token.start >= a && token.end <= b);
    if (inTimex) {
      // Drop the preposition that introduced the date ("on June 12").
      if (words.length > 0 && DATE_PREPOSITIONS.has((words[words.length - 1] as string).toLowerCase())) words.pop();
      continue;
    }
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower)) break;
    // "to discuss …" starts a purpose clause: the event is already named.
    if (token.lower === 'to' && words.length > 0 && /^[a-z]+$/.test(tokens[i + 1]?.text ?? '') && isBaseVerb(tokens[i + 1]?.lower ?? '')) break;
    if (token.lower === 'and' && words.length > 0 && /(?:ed)$/.test(tokens[i + 1]?.lower ?? '')) break;
    if (ARTICLES.has(token.lower)) continue;
    words.push(token.text);
  }
  while (words.length > 0 && DANGLING.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words;
}

const COMMON_BASE_VERBS = new Set(['discuss', 'meet', 'sign', 'hold', 'talk', 'visit', 'attend', 'negotiate', 'review', 'finalize', 'push', 'press', 'seek', 'address', 'mark', 'celebrate', 'prepare', 'continue', 'see', 'make', 'help', 'ensure', 'work', 'try']);

function isBaseVerb(word: string): boolean {
  return COMMON_BASE_VERBS.has(word);
}

/** Assembles and trims the title; capitalizes the first letter. */
export function assembleTitle(subject: string, verb: string, object: string[]): string {
  const subjectWords = subject ? subject.split(/\s+/) : [];
  const verbWords = verb.split(/\s+/);
  const room = Math.max(0, MAX_TITLE_WORDS - subjectWords.length - verbWords.length);
  const objectKept = object.slice(0, room);
  while (objectKept.length > 0 && DANGLING.has((objectKept[objectKept.length - 1] as string).toLowerCase())) objectKept.pop();
  const text = [...subjectWords, ...verbWords, ...objectKept].join(' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
