/**
 * Which clause a headline tells, and whose: the dated verb group itself, the clause a verb of
 * saying reports ("said the suspect had been charged" → "Suspect charged …"), the main verb after
 * an opening phrase, the person an infinitive is about ("subpoenaed Elian to testify" → "Elian to
 * testify"), or the visit an infinitive names ("an invitation to visit Seoul, which … could happen").
 * The words themselves come from subject-words.ts and title.ts.
 */
import { ARTICLES, BOUNDARY_PUNCTUATION, DATE_PREPOSITIONS, QUOTE_MARKS } from './boundaries';
import type { Token, VerbGroup } from './clause';
import type { EntityMention } from './entities';
import { isOccurrenceVerb } from './naming';
import type { PronounReferents } from './pronouns';
import { SPEAKER_PRONOUNS, reportedClause, reportedVerb, statedClause } from './report';
import { describeSubject, opensWithPreposition, placeBefore, subjectRange } from './subject';
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
/** Prepositions a place in a "where" clause keeps: "at a conservatory in Leipzig, where …". */
const PLACE_PREPOSITIONS = new Set(['at', 'in', 'on', 'near', 'outside', 'inside']);
const MOTION = new Set(['to', 'into']);
/** How long a place from a "where" clause may be. */
const MAX_PLACE_WORDS = 6;
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
  /** The named thing "it" stands for, and the story's main subject. */
  referents?: PronounReferents;
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
  // "enough to keep it stocked through 2012": the participle only completes "keep" and its object.
  const completed = complementOf(tokens, groups, group);
  if (completed) {
    const before = completed.finite
      ? undefined
      : groups.filter((other) => other.finite && other.last < completed.first).pop();
    const told = clauseHeadline(input, completed, before);
    const object = (tokens[group.first - 1] as Token).text;
    const participle = (tokens[group.head] as Token).text;
    return told.title.endsWith(` ${object}`) ? { ...told, title: `${told.title} ${participle}` } : told;
  }
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
      : quotedSpeaker(input, group, range);
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
  // Not the verb of a relative clause after a comma ("for the quarter, which ended …") nor a participle phrase that
  // holds its own date (", filed in May,"): those tell their own event.
  const own =
    group.reduced === true ||
    (['which', 'who'].includes(tokens[group.first - 1]?.lower ?? '') &&
      tokens[group.first - 2]?.text === ',');
  if (group.auxiliaries.length === 0 && participle && !own && opener()) {
    const main = groups.find((other) => other.first > group.last && other.finite);
    if (main) return plainHeadline(input, main, subjectRange(tokens, main, timexSpans, groups));
  }
  return headline;
}

/** Verbs whose object a bare participle may complete: "keep it stocked", "left them stranded". */
const COMPLEMENTED = new Set(['keep', 'leave', 'get', 'have', 'make', 'find', 'want', 'see', 'hold']);
const OBJECT_PRONOUNS = new Set(['it', 'them', 'him', 'her', 'us']);

/** The verb a bare participle right after its object pronoun completes, or null. */
function complementOf(tokens: Token[], groups: VerbGroup[], group: VerbGroup): VerbGroup | null {
  if (group.auxiliaries.length > 0 || group.first !== group.head) return null;
  if (!OBJECT_PRONOUNS.has(tokens[group.first - 1]?.lower ?? '')) return null;
  const verb = groups.find((other) => other.last === group.first - 2);
  return verb && COMPLEMENTED.has(verb.base) ? verb : null;
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
  // "Apple fell after Tim Cook told CNBC it had seen …": a person's "it" is the named thing.
  const person = subject.subjectEntities.some((entity) => entity.kind === 'person');
  if (person && (tokens[range[0]] as Token).lower === 'it' && input.referents?.it.length) return null;
  return subject.subject ? { range: speakerRange, subject } : null;
}

/** Verbs that name who spoke the quotation before them: '"I started in 1998," she said'. */
const QUOTING = new Set(['say', 'add', 'explain', 'recall', 'tell', 'write']);
/** How many words a speaker named after a quotation may have: "said Karim Haddad". */
const MAX_SPEAKER_WORDS = 6;

/**
 * '"I took over the business in 1991," she said', '"We opened our first store in 2003," said
 * Karim Haddad': inside a quotation, "I" or "we" is the speaker named after it.
 */
function quotedSpeaker(
  input: HeadlineInput,
  group: VerbGroup,
  range: [number, number],
): { range: [number, number]; subject: TitleParts } | null {
  const { tokens, groups } = input;
  if (range[1] - range[0] !== 1 || !['i', 'we'].includes(tokens[range[0]]?.lower ?? '')) return null;
  let quote = group.last + 1;
  while (quote < tokens.length && !QUOTE_MARKS.has((tokens[quote] as Token).text)) quote++;
  const saying = groups.find((other) => other.first > quote && QUOTING.has(other.base));
  if (!saying || saying.negated) return null;
  let from = quote + 1;
  if (tokens[from]?.text === ',') from++;
  let speaker: [number, number];
  if (from === saying.first) {
    // "…," said Karim Haddad, the chain's founder.
    let to = saying.last + 1;
    while (to < tokens.length && !BOUNDARY_PUNCTUATION.has((tokens[to] as Token).text)) to++;
    speaker = [saying.last + 1, to];
  } else speaker = [from, saying.first];
  const words = tokens.slice(speaker[0], speaker[1]);
  if (
    words.length === 0 ||
    words.length > MAX_SPEAKER_WORDS ||
    words.some((token) => BOUNDARY_PUNCTUATION.has(token.text))
  )
    return null;
  const subject = describe(input, speaker);
  // '… said Pieter Kaas.': the tokenizer leaves a short name its sentence's full stop.
  if (speaker[1] === tokens.length) subject.subject = subject.subject.replace(/\.$/, '');
  return subject.subject ? { range: speaker, subject } : null;
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
  return describeSubject(
    input.tokens,
    range,
    input.entities,
    input.antecedent,
    input.together,
    input.referents,
  );
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
        objectOrPlace(input, group, range),
      );
  return { title, group, range, subject };
}

/**
 * The verb's object; for a verb with none in a "where" clause ("joined the state opera, where she
 * remained until 2005"), the place the clause describes ("at state opera").
 */
function objectOrPlace(input: HeadlineInput, group: VerbGroup, range: [number, number]): string[] {
  const { tokens, groups, timexSpans } = input;
  const object = objectWords(tokens, group, timexSpans, 12, groups);
  const opener = range[0] < range[1] ? range[0] - 1 : group.first - 1;
  if (object.length > 0 || tokens[opener]?.lower !== 'where') return object;
  const [from, to] = placeBefore(tokens, opener, groups, timexSpans);
  // The place is the last phrase before "where": "played on a piano in the church where …" →
  // "in church"; a name there goes with the noun it places ("a conservatory in Leipzig", "a
  // bakery on Canal Street"); "moved to Lyon": where one went is where one was.
  const isPreposition = (token: Token) => PLACE_PREPOSITIONS.has(token.lower) || MOTION.has(token.lower);
  let first = -1;
  for (let at = to - 1; at >= from; at--) {
    if (!isPreposition(tokens[at] as Token)) continue;
    const name = /^[A-Z]/.test(tokens[at + 1]?.text ?? '');
    const noun =
      /^[a-z]+$/.test(tokens[at - 1]?.text ?? '') && readVerb(tokens[at - 1]?.lower ?? '').length === 0;
    if (!(name && noun)) {
      first = at;
      break;
    }
  }
  const gerund = readVerb(tokens[from]?.lower ?? '').some((reading) => reading.form === 'gerund');
  const stretch = tokens.slice(first >= 0 ? first : gerund ? from + 1 : from, to);
  if (first < 0 && isPreposition(stretch[0] as Token)) first = from;
  const place = stretch.slice(first >= 0 ? 1 : 0).filter((token) => !ARTICLES.has(token.lower));
  if (place.length === 0 || place.length > MAX_PLACE_WORDS) return object;
  const given = first >= 0 ? (stretch[0]?.lower ?? '') : '';
  const named = /^[A-Z]/.test((place[0] as Token).text);
  const preposition = PLACE_PREPOSITIONS.has(given) ? given : named ? 'in' : 'at';
  return [preposition, ...place.map((token) => token.text)];
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
