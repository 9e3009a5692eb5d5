/**
 * Headline-style titles: subject + verb in headline form + object, about eight words, with the date
 * phrase left out ("Secretary of State Mike Pompeo wrapped up a two-day trip to Pyongyang today"
 * → "Pompeo wraps up two-day trip to Pyongyang"). The subject is found and worded in subject.ts;
 * this file puts the verb in headline form, picks the object and trims the whole.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, CLAUSE_WORDS, DATE_PREPOSITIONS } from './boundaries';
import type { Token, VerbGroup } from './clause';
import { participleForm, presentForm } from './verbs';

const MAX_TITLE_WORDS = 8;
const DANGLING = new Set([
  'was',
  'were',
  'is',
  'are',
  'would',
  'will',
  'be',
  'had',
  'has',
  'have',
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'and',
  'or',
  'by',
  'from',
  'its',
  'his',
  'her',
  'their',
  'as',
  'about',
  'around',
  'over',
  'than',
  'into',
  'near',
]);
// "would like to host" reads "wants to host" in a headline.
const LEAD_VERBS: Record<string, string> = {
  like: 'wants',
  wish: 'wants',
  want: 'wants',
  consider: 'considers',
};
const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);

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
    const lead = tokens[group.head - 1]?.lower === 'to' ? (tokens[group.head - 2]?.text ?? '') : '';
    const leadVerb = LEAD_VERBS[lead.toLowerCase()] ?? lead;
    return lead ? `${leadVerb} to ${group.base}${particle}` : `may ${group.base}${particle}`;
  }
  if (group.tense === 'future' || group.modality === 'scheduled') return `to ${group.base}${particle}`;
  return `${presentForm(group.base, plural)}${particle}`;
}

/** Object/complement words after the verb group, skipping date phrases, up to a clause boundary. */
export function objectWords(
  tokens: Token[],
  group: VerbGroup,
  timexSpans: Array<[number, number]>,
  budget: number,
  groups: VerbGroup[] = [],
): string[] {
  const words: string[] = [];
  const reporting = REPORTING_VERBS.has(group.base);
  for (let i = group.last + 1; i < tokens.length && words.length < budget; i++) {
    const token = tokens[i] as Token;
    // "announced that the drills were suspended": a report's content is its object.
    if (reporting && token.lower === 'that' && i <= group.last + 4) continue;
    // A participle after the object ("drills planned for August") starts a new description.
    if (!reporting && words.length > 0 && groups.some((other) => other.first === i && other !== group)) break;
    const inTimex = timexSpans.some(([a, b]) => token.start >= a && token.end <= b);
    if (inTimex) {
      // Drop the preposition that introduced the date ("on June 12").
      if (words.length > 0 && DATE_PREPOSITIONS.has((words[words.length - 1] as string).toLowerCase()))
        words.pop();
      continue;
    }
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower)) break;
    // "to discuss …" starts a purpose clause: the event is already named.
    if (
      token.lower === 'to' &&
      /^[a-z]+$/.test(tokens[i + 1]?.text ?? '') &&
      isBaseVerb(tokens[i + 1]?.lower ?? '')
    )
      break;
    if (token.lower === 'and' && words.length > 0 && /(?:ed)$/.test(tokens[i + 1]?.lower ?? '')) break;
    if (ARTICLES.has(token.lower) || POSSESSIVES.has(token.lower)) continue;
    words.push(token.text);
  }
  while (words.length > 0 && DANGLING.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words;
}

const REPORTING_VERBS = new Set(['say', 'announce', 'confirm', 'report', 'state', 'claim', 'warn', 'tell']);

const COMMON_BASE_VERBS = new Set([
  'discuss',
  'meet',
  'sign',
  'hold',
  'talk',
  'visit',
  'attend',
  'negotiate',
  'review',
  'finalize',
  'push',
  'press',
  'seek',
  'address',
  'mark',
  'celebrate',
  'prepare',
  'continue',
  'see',
  'make',
  'help',
  'ensure',
  'work',
  'try',
]);

function isBaseVerb(word: string): boolean {
  return COMMON_BASE_VERBS.has(word);
}

/**
 * Where to cut an object that does not fit: never inside a name ("Ulchi Freedom Guardian drills"
 * may run two words over), else before the last prepositional phrase that does not fit whole.
 */
function cutPoint(object: string[], room: number): number {
  if (object.length <= room) return object.length;
  const capitalized = (index: number) => /^[A-Z]/.test(object[index] ?? '');
  let cut = room;
  if (cut > 0 && capitalized(cut - 1)) {
    while (cut < object.length && cut < room + 2 && capitalized(cut)) cut++;
    if (
      cut < room + 3 &&
      cut < object.length &&
      /^[a-z]+$/.test(object[cut] ?? '') &&
      !DANGLING.has(object[cut] ?? '')
    )
      cut++;
    if (cut <= room + 3) return cut;
  }
  for (let i = room; i >= 1; i--) if (PREPOSITIONS.has((object[i] ?? '').toLowerCase())) return i;
  return room;
}

const PREPOSITIONS = new Set([
  'in',
  'at',
  'on',
  'for',
  'with',
  'to',
  'from',
  'by',
  'of',
  'about',
  'over',
  'near',
  'after',
  'before',
]);

/** Assembles and trims the title; capitalizes the first letter. */
export function assembleTitle(subject: string, verb: string, object: string[]): string {
  const subjectWords = subject ? subject.split(/\s+/) : [];
  const verbWords = verb ? verb.split(/\s+/) : [];
  const room = Math.max(0, MAX_TITLE_WORDS - subjectWords.length - verbWords.length);
  const objectKept = object.slice(0, cutPoint(object, room));
  while (objectKept.length > 0 && DANGLING.has((objectKept[objectKept.length - 1] as string).toLowerCase()))
    objectKept.pop();
  const text = [...subjectWords, ...verbWords, ...objectKept].join(' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
