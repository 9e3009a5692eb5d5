/**
 * Which clause a headline tells, and whose: the dated verb group itself, the clause a verb of
 * saying reports ("said the suspect had been charged" → "Suspect charged …"), the main verb after
 * an opening phrase, the person an infinitive is about ("subpoenaed Elian to testify" → "Elian to
 * testify"), or the visit an infinitive names ("an invitation to visit Seoul, which … could happen").
 * The words themselves come from subject-words.ts and title.ts.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, DATE_PREPOSITIONS } from './boundaries';
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { isOccurrenceVerb } from './naming';
import { SPEAKER_PRONOUNS, reportedClause, reportedVerb, statedClause } from './report';
import { describeSubject, opensWithPreposition, subjectRange } from './subject';
import type { TitleParts } from './subject';
import { OBJECT_CONTROL, assembleTitle, headlineVerb, objectWords } from './title';
import { presentForm, readVerb } from './verbs';

// "North Korea says it will dismantle missile engine test site": the speaker's form needs two more.
const MAX_REPORTED_WORDS = 10;
const PHRASE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'with',
  'for',
  'from',
  'by',
  'during',
  'after',
  'before',
  'under',
]);
const RELATIVE_WORDS = new Set(['which', 'that', ',']);
/** Event nouns that are also verbs of going somewhere: "to visit Seoul" → "visit to Seoul". */
const MOTION_EVENTS = new Set(['visit', 'tour', 'trip']);
/** How many words may stand between a verb and the infinitive whose subject they name. */
const MAX_CONTROLLER_WORDS = 5;

/** What a headline needs from its sentence. */
export interface HeadlineInput {
  tokens: Token[];
  groups: VerbGroup[];
  timexSpans: Array<[number, number]>;
  entities: EntityMention[];
  /** The people "he" or "she" stands for. */
  antecedent: EntityMention[];
  /** The people "the two men" or "they" stands for. */
  together: EntityMention[];
}

/** A headline for one verb group, and the clause it tells. */
export interface ClauseHeadline {
  title: string;
  /** The group the headline tells: the dated one, or the clause a verb of saying reports. */
  group: VerbGroup;
  /** That group's subject: its token range and how it reads. */
  range: [number, number];
  subject: TitleParts;
}

/**
 * The headline of the event a verb group names: subject, verb in headline form, object. A verb of
 * saying gives way to the clause it reports, except that a reported "it" or "he" keeps the speaker
 * ("Halvorsen Foods says it will cut 400 jobs"). A deferred infinitive takes the subject of
 * `finiteBefore`, or the person named between them.
 */
export function clauseHeadline(
  input: HeadlineInput,
  group: VerbGroup,
  finiteBefore?: VerbGroup,
): ClauseHeadline {
  const { tokens, groups, timexSpans } = input;
  const reported = reportedClause(tokens, group, groups);
  if (reported) {
    const range = subjectRange(tokens, reported, timexSpans, groups);
    const speaker = speakerOf(input, group, range);
    if (speaker) {
      const pronoun = (tokens[range[0]] as Token).lower;
      const verb = `${presentForm('say', speaker.subject.plural)} ${pronoun} ${reportedVerb(reported, pronoun)}`;
      const object = objectWords(tokens, reported, timexSpans, 12, groups);
      const title = assembleTitle(speaker.subject.subject, verb, object, MAX_REPORTED_WORDS);
      return { title, group: reported, range: speaker.range, subject: speaker.subject };
    }
    if (range[0] < range[1]) return plainHeadline(input, reported, range);
  }
  const subjectGroup = group.finite ? group : (finiteBefore ?? group);
  const range =
    controller(tokens, group, finiteBefore) ?? subjectRange(tokens, subjectGroup, timexSpans, groups);
  // "the relatives said they would look for ways": "they" are the relatives.
  const pronoun = range[1] - range[0] === 1 && SPEAKER_PRONOUNS.has(tokens[range[0]]?.lower ?? '');
  const governing = pronoun ? groups.filter((other) => other.last < group.first).pop() : undefined;
  const speaker =
    governing && reportedClause(tokens, governing, groups) === group
      ? speakerOf(input, governing, range)
      : null;
  const headline = speaker
    ? wordHeadline(input, group, speaker.range, speaker.subject)
    : plainHeadline(input, group, range);
  const visit = infinitiveEvent(input, group, headline.range);
  if (visit) return visit;
  const stated = statedHeadline(input, group, headline);
  if (stated) return stated;
  // "On Monday, in a statement posted online, the ministry announced": a subject never starts
  // with a preposition; the verb was a participle inside an opening phrase, the next verb the news.
  const participle = readVerb((tokens[group.head] as Token).lower).some(
    (reading) => reading.form === 'participle',
  );
  const [from] = headline.range;
  const opener = () =>
    [from, from - 1].some((at) => PHRASE_OPENERS.has(tokens[at]?.lower ?? '')) ||
    opensWithPreposition(tokens, group, timexSpans, groups);
  if (group.auxiliaries.length === 0 && participle && opener()) {
    const main = groups.find((other) => other.first > group.last && other.finite);
    if (main) return plainHeadline(input, main, subjectRange(tokens, main, timexSpans, groups));
  }
  return headline;
}

/** The speaker a reported "it", "they" or "he" stands for, when it is one ("X said it would …"). */
function speakerOf(
  input: HeadlineInput,
  saying: VerbGroup,
  range: [number, number],
): { range: [number, number]; subject: TitleParts } | null {
  const { tokens, groups, timexSpans } = input;
  if (range[1] - range[0] !== 1 || !SPEAKER_PRONOUNS.has((tokens[range[0]] as Token).lower)) return null;
  const speakerRange = subjectRange(tokens, saying, timexSpans, groups);
  const subject = describe(input, speakerRange);
  return subject.subject ? { range: speakerRange, subject } : null;
}

/**
 * "subpoenaed 6-year-old Elian to testify", "expects its sales to grow": a name, or the object of a
 * verb like "expect" or "urge", between the verb and the infinitive is who the infinitive is about
 * (not "accepted an invitation to visit").
 */
function controller(tokens: Token[], group: VerbGroup, finiteBefore?: VerbGroup): [number, number] | null {
  if (group.finite || !finiteBefore || tokens[group.first - 1]?.lower !== 'to') return null;
  const from = finiteBefore.last + 1;
  const to = group.first - 1;
  if (to <= from || to - from > MAX_CONTROLLER_WORDS) return null;
  const last = tokens[to - 1] as Token;
  const named = last.inside === 'entity' || /^[A-Z]/.test(last.text) || OBJECT_CONTROL.has(finiteBefore.base);
  const plain = tokens
    .slice(from, to)
    .every((token) => /^[\w'’.-]+$/.test(token.text) && token.inside !== 'timex');
  return named && plain ? [from, to] : null;
}

function describe(input: HeadlineInput, range: [number, number]): TitleParts {
  return describeSubject(input.tokens, range, input.entities, input.antecedent, input.together);
}

function plainHeadline(input: HeadlineInput, group: VerbGroup, range: [number, number]): ClauseHeadline {
  return wordHeadline(input, group, range, describe(input, range));
}

function wordHeadline(
  input: HeadlineInput,
  group: VerbGroup,
  range: [number, number],
  subject: TitleParts,
): ClauseHeadline {
  const { tokens, groups, timexSpans } = input;
  const deadline = deadlineVerb(tokens, group, groups);
  const title = deadline
    ? assembleTitle(
        subject.subject,
        `must ${deadline.base}${deadline.particle ? ` ${deadline.particle}` : ''}`,
        objectWords(tokens, deadline, timexSpans, 12, groups),
      )
    : assembleTitle(
        subject.subject,
        headlineVerb(group, subject.plural, tokens),
        objectWords(tokens, group, timexSpans, 12, groups),
      );
  return { title, group, range, subject };
}

/**
 * "Cyprus has until Monday to raise 5.8bn euros": a deadline, whose news is what must be done by
 * then ("Cyprus must raise 5.8bn euros"), not "Cyprus has".
 */
function deadlineVerb(tokens: Token[], group: VerbGroup, groups: VerbGroup[]): VerbGroup | null {
  if (group.base !== 'have' || group.passive || group.negated || group.head !== group.last) return null;
  if (tokens[group.last + 1]?.lower !== 'until') return null;
  let at = group.last + 2;
  while (at < tokens.length && tokens[at]?.text !== ',' && tokens[at]?.lower !== 'to' && at - group.last < 10)
    at++;
  if (tokens[at]?.lower !== 'to') return null;
  return groups.find((other) => other.first === at + 1 && !other.finite) ?? null;
}

/**
 * "Kim accepted an invitation to visit Seoul, which Moon's office said could happen": what could
 * happen is the visit the infinitive tells, not the place that ends it ("Kim's visit to Seoul").
 */
function infinitiveEvent(
  input: HeadlineInput,
  group: VerbGroup,
  range: [number, number],
): ClauseHeadline | null {
  const { tokens, groups, timexSpans } = input;
  if (!isOccurrenceVerb(group) || !RELATIVE_WORDS.has(tokens[range[1]]?.lower ?? '')) return null;
  const verb = groups.find(
    (other) => !other.finite && other.last + 1 === range[0] && MOTION_EVENTS.has(other.base),
  );
  const finite = verb && groups.filter((other) => other.finite && other.last < verb.first).pop();
  if (!verb || !finite) return null;
  const owner = describe(input, subjectRange(tokens, finite, timexSpans, groups));
  const place = objectWords(tokens, verb, timexSpans, 4, groups);
  const noun = place.length > 0 ? `${verb.base} to ${place.join(' ')}` : verb.base;
  const subject = owner.subject && owner.subjectEntities.length > 0 ? `${owner.subject}'s ${noun}` : noun;
  const title = assembleTitle(
    subject,
    headlineVerb(group, false, tokens),
    objectWords(tokens, group, timexSpans, 12, groups),
  );
  return { title, group, range, subject: { ...owner, subject } };
}

/** Auxiliaries a headline puts in the present: "would" → "will", "had been" → "were". */
const HEADLINE_AUXILIARIES: Record<string, string> = { would: 'will', had: '', been: '' };

/**
 * "Eight of the 14 killings were already under investigation, Glenn said": rather than a bare
 * "Glenn says", the speaker and what was said ("Glenn says eight of 14 killings were already …").
 */
function statedHeadline(
  input: HeadlineInput,
  group: VerbGroup,
  headline: ClauseHeadline,
): ClauseHeadline | null {
  const { tokens, groups, timexSpans } = input;
  if (!/\bsa(?:ys|id)$/.test(headline.title) || !headline.subject.subject) return null;
  const content = statedClause(tokens, group, groups);
  if (!content) return null;
  const [from] = subjectRange(tokens, content, timexSpans, groups);
  const words: string[] = [];
  for (let i = from; i < tokens.length && tokens[i]?.text !== ','; i++) {
    const token = tokens[i] as Token;
    if (token.inside === 'timex') {
      if (DATE_PREPOSITIONS.has((words[words.length - 1] ?? '').toLowerCase())) words.pop();
      continue;
    }
    if (BOUNDARY_PUNCTUATION.has(token.text)) continue;
    if (ARTICLES.has(token.lower) && !/^[A-Z]/.test(token.text)) continue;
    const auxiliary = i >= content.first && i <= content.last ? HEADLINE_AUXILIARIES[token.lower] : undefined;
    if (auxiliary === undefined) words.push(token.text);
    else if (auxiliary) words.push(auxiliary);
    // "had been" loses both words: the participle or the complement after them carries the sense.
  }
  if (words.length === 0) return null;
  const title = assembleTitle(
    headline.subject.subject,
    presentForm('say', headline.subject.plural),
    words,
    MAX_REPORTED_WORDS,
  );
  return { ...headline, title, group: content };
}
