/**
 * Headline-style titles: subject + verb in headline form + object, about eight words, with the date
 * phrase left out ("Secretary of State Mike Pompeo wrapped up a two-day trip to Pyongyang today"
 * → "Pompeo wraps up two-day trip to Pyongyang"). Which clause a headline tells is headline.ts; the
 * subject is found in subject.ts and worded in subject-words.ts; this file puts the verb in
 * headline form, picks the object and trims the whole.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, CLAUSE_WORDS, DATE_PREPOSITIONS, QUOTE_MARKS } from './boundaries';
import { isAdverb } from './clause';
import type { Token, VerbGroup } from './clause';
import { EVENT_NOUNS } from './keywords';
import { participleForm, presentForm, readVerb } from './verbs';

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
  'without',
  'against',
  'after',
  'before',
  'during',
  'under',
  'through',
  'toward',
  'towards',
  'via',
  'new',
  'whether',
  'throughout',
  'until',
  'since',
]);
/** Adverbs of time that say nothing at the end of a headline: "speaks outside Downing Street shortly". */
const TRAILING_ADVERBS = new Set([
  'shortly',
  'soon',
  'later',
  'earlier',
  'recently',
  'already',
  'still',
  'now',
  'then',
  'once',
  'ago',
  'yet',
  'also',
  'just',
]);
const SUBJECT_PRONOUNS = new Set(['i', 'we', 'he', 'she', 'it', 'they']);
// "would like to host" reads "wants to host" in a headline.
const LEAD_VERBS: Record<string, string> = {
  like: 'wants',
  wish: 'wants',
  want: 'wants',
  consider: 'considers',
};
// "our first store", said by the owner: the headline names the owner as subject, so "our" goes.
const POSSESSIVES = new Set(['its', 'his', 'her', 'their', 'our', 'my']);
/** Verbs before an infinitive that a headline cannot leave out: "fails to", "refuses to". */
const KEPT_LEADS = new Set(['fail', 'refuse', 'decide', 'begin', 'start', 'continue', 'need']);
/** Modals a headline keeps as they are: "could take place", "must return", "can be filed". */
const HEADLINE_MODALS = new Set(['could', 'might', 'may', 'must', 'should', 'can']);
const PLAN_PARTICIPLES = new Set(['plan', 'schedule', 'set', 'slate']);

/** The verb in headline form: "meets", "to meet", "could take place", "called off". */
export function headlineVerb(group: VerbGroup, plural: boolean, tokens: Token[]): string {
  const particle = group.particle ? ` ${group.particle}` : '';
  const modal = group.auxiliaries.find((word) => HEADLINE_MODALS.has(word));
  if (group.passive) {
    // "is not directly linked": a headline keeps the "not".
    const participle = `${group.negated ? 'not ' : ''}${participleForm(group.base)}${particle}`;
    if (modal) return `${modal} be ${participle}`;
    // "had been scheduled for Saturday" says that it was planned, not that it will be.
    const planned = PLAN_PARTICIPLES.has(group.base) && group.tense !== 'future';
    if (group.tense === 'future' || (group.modality === 'scheduled' && !planned))
      return `to be ${participle}`;
    return participle;
  }
  if (group.negated) {
    const does = modal ?? (group.tense === 'future' ? 'will' : plural ? 'do' : 'does');
    return `${does} not ${group.base}${particle}`;
  }
  if (modal) return `${modal} ${group.base}${particle}`;
  // "failed to overthrow", "decided to resign": the verb before the infinitive stays.
  const lead = group.auxiliaries.findLast((word, index) => group.auxiliaries[index + 1] === 'to');
  if (lead && KEPT_LEADS.has(lead)) return `${presentForm(lead, plural)} to ${group.base}${particle}`;
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
  let continued: VerbGroup | null = null;
  for (let i = group.last + 1; i < tokens.length && words.length < budget; i++) {
    const token = tokens[i] as Token;
    // "announced that the drills were suspended": a report's content is its object.
    if (reporting && token.lower === 'that' && i <= group.last + 4) continue;
    // "agreed on Monday to hear a challenge": the infinitive says what was agreed.
    const infinitive = groups.find((other) => other.first === i + 1 && !other.finite);
    if (token.lower === 'to' && words.length === 0 && infinitive && LEADING_VERBS.has(group.base)) {
      words.push('to', ...tokens.slice(infinitive.first, infinitive.last + 1).map((word) => word.text));
      continued = infinitive;
      i = infinitive.last;
      continue;
    }
    const starts = groups.find((other) => other.first === i && other !== group && other !== continued);
    // "expects its sales to grow to 25%": the infinitive says what is expected of the object.
    if (starts && !starts.finite && OBJECT_CONTROL.has(group.base) && words.includes('to')) {
      words.push(
        ...tokens
          .slice(starts.first, starts.last + 1)
          .filter((word) => !word.protected)
          .map((word) => word.text),
      );
      continued = starts;
      i = starts.last;
      continue;
    }
    // "The bridge that collapsed on Tuesday had been inspected": another finite verb, another clause.
    if (!reporting && starts && (words.length > 0 || starts.auxiliaries.length > 0)) break;
    // A word that overlaps a date ("month's" in "last month's") goes with the date.
    const timex = timexSpans.find(([a, b]) => token.start < b && a < token.end);
    if (timex) {
      // Drop the preposition that introduced the date ("on June 12", "early on Saturday"), but not
      // one that governs a noun the date only qualifies ("in the 1998 bombing").
      const opening = tokens[i - 1]?.lower ?? '';
      const prenominal = ARTICLES.has(opening) || POSSESSIVES.has(opening);
      while (
        !prenominal &&
        words.length > 0 &&
        DATE_PREPOSITIONS.has((words[words.length - 1] as string).toLowerCase())
      )
        words.pop();
      continue;
    }
    if (QUOTE_MARKS.has(token.text)) {
      // "the relatives' house": an apostrophe after a plural belongs to it.
      const last = words[words.length - 1];
      if (
        last &&
        /s$/.test(last) &&
        tokens[i - 1]?.end === token.start &&
        /^[a-z]/i.test(tokens[i + 1]?.text ?? '')
      )
        words[words.length - 1] = `${last}${token.text}`;
      continue;
    }
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower)) break;
    // "keep striking until the ministry withdraws": "until" before a clause, not a date, ends the object.
    if (token.lower === 'until' && tokens[i + 1]?.inside !== 'timex') break;
    // "to discuss …" starts a purpose clause: the event is already named.
    if (
      token.lower === 'to' &&
      /^[a-z]+$/.test(tokens[i + 1]?.text ?? '') &&
      isBaseVerb(tokens[i + 1]?.lower ?? '')
    )
      break;
    if (token.lower === 'and' && words.length > 0 && /(?:ed)$/.test(tokens[i + 1]?.lower ?? '')) break;
    // "slipped on the rock and badly hurt her wrist": an adverb after "and" opens a second verb.
    if (token.lower === 'and' && words.length > 0 && isLyAdverb(tokens[i + 1]?.lower ?? '')) break;
    // "left North Korea saying talks had been productive": a participle clause adds comment.
    if (words.length > 0 && isGerund(token) && endsNounPhrase(tokens, i - 1)) break;
    // "the 5.8bn euros it needs": a pronoun that opens a verb is a relative clause of its own.
    if (
      words.length > 0 &&
      SUBJECT_PRONOUNS.has(token.lower) &&
      groups.some((other) => other.first === i + 1)
    )
      break;
    if (ARTICLES.has(token.lower) || POSSESSIVES.has(token.lower)) continue;
    // What was reported, in the headline's present: "says it will …", "says they sent …".
    if (reporting && token.lower === 'would') {
      words.push('will');
      continue;
    }
    if (
      reporting &&
      token.lower === 'had' &&
      readVerb(tokens[i + 1]?.lower ?? '').some((r) => r.form === 'participle') &&
      tokens[i + 1]?.lower !== 'been'
    )
      continue;
    words.push(token.text);
  }
  while (words.length > 0 && DANGLING.has((words[words.length - 1] as string).toLowerCase())) words.pop();
  return words;
}

/** Verbs whose object is who does what the infinitive says: "expects its sales to grow". */
export const OBJECT_CONTROL = new Set([
  'expect',
  'want',
  'ask',
  'urge',
  'order',
  'allow',
  'force',
  'tell',
  'invite',
  'persuade',
  'encourage',
  'need',
  'help',
  'require',
  'permit',
  'enable',
  'cause',
  'prompt',
  'press',
  'pressure',
  'advise',
  'warn',
  'authorize',
  'instruct',
  'compel',
]);
/** Verbs whose infinitive belongs in the headline: "agrees to hear", "votes to accept". */
const LEADING_VERBS = new Set([
  'agree',
  'vote',
  'promise',
  'pledge',
  'vow',
  'decide',
  'refuse',
  'move',
  'threaten',
  'offer',
  'fail',
  'begin',
  'start',
  'seek',
  'try',
  'ask',
  'order',
  'urge',
]);

function isGerund(token: Token): boolean {
  return !token.protected && readVerb(token.lower).some((reading) => reading.form === 'gerund');
}

/**
 * Whether the word before a participle, past a date ("North Korea on Saturday saying"), can end
 * the noun phrase it follows: a name, a number, a plural, an event noun.
 */
function endsNounPhrase(tokens: Token[], index: number): boolean {
  let at = index;
  while (at > 0 && tokens[at]?.inside === 'timex') at--;
  if (at < index && DATE_PREPOSITIONS.has(tokens[at]?.lower ?? '')) at--;
  const token = tokens[at];
  if (!token || token.inside === 'timex') return false;
  return (
    token.inside === 'entity' ||
    /^[A-Z\d]/.test(token.text) ||
    EVENT_NOUNS.has(token.lower) ||
    (/s$/.test(token.lower) && !/ss$/.test(token.lower) && readVerb(token.lower).length === 0)
  );
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
export function assembleTitle(
  subject: string,
  verb: string,
  object: string[],
  maxWords = MAX_TITLE_WORDS,
): string {
  const subjectWords = subject ? subject.split(/\s+/) : [];
  const verbWords = verb ? verb.split(/\s+/) : [];
  const room = Math.max(0, maxWords - subjectWords.length - verbWords.length);
  const objectKept = object.slice(0, cutPoint(object, room));
  while (objectKept.length > 0 && isOpenEnd(objectKept)) objectKept.pop();
  const text = [...subjectWords, ...verbWords, ...objectKept].join(' ').replace(/\s+/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * Whether the last word leaves the headline open: a preposition or an article, an adverb of time
 * ("shortly"), or any adverb after a joining word ("slipped and badly").
 */
function isOpenEnd(words: string[]): boolean {
  const last = (words[words.length - 1] as string).toLowerCase();
  if (DANGLING.has(last) || TRAILING_ADVERBS.has(last)) return true;
  const before = (words[words.length - 2] ?? '').toLowerCase();
  return isLyAdverb(last) && DANGLING.has(before);
}

/** "badly", "recently": a word in -ly that is no verb ("apply") nor a noun like "family" or "rally". */
function isLyAdverb(word: string): boolean {
  if (readVerb(word).length > 0 || /(?:amily|upply|ally)$/.test(word)) return false;
  return isAdverb(word) || /^[a-z]{3,}ly$/.test(word);
}
