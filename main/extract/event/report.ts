/**
 * Reported speech: "X said on Tuesday that Y would do Z" is news about Y doing Z, and so is "Y did
 * Z, X said on Thursday". Finds the clause that was reported, and words its verb for the one case
 * where the speaker stays in the headline ("Halvorsen Foods says it will cut 400 jobs").
 */
import { BOUNDARY_PUNCTUATION, CLAUSE_WORDS, DATE_PREPOSITIONS, QUOTE_MARKS } from './boundaries';
import type { Token, VerbGroup } from './clause';
import { participleForm, pastForm, presentForm, readVerb } from './verbs';

/**
 * Verbs that only pass on what someone said. "Announce", "confirm", "warn", "claim" or "argue"
 * are acts of their own (an announcement, a warning, a claim): their headline keeps the verb.
 */
const SAYING = new Set(['say', 'tell', 'state', 'add', 'report', 'note', 'explain', 'write']);
/** Verbs whose object comes before "that": "told reporters on Friday that …". */
const TELLING = new Set(['tell']);
/** Pronouns that, as the reported clause's subject, stand for the speaker. */
export const SPEAKER_PRONOUNS = new Set(['it', 'they', 'he', 'she', 'we']);
const MAX_OBJECT_BEFORE_THAT = 6;
const QUANTIFIERS = new Set([
  'some',
  'all',
  'most',
  'many',
  'few',
  'several',
  'both',
  'other',
  'the',
  'a',
  'an',
]);
/** Verbs of states and attitudes: what they report is an opinion, not an event. */
const STATES = new Set([
  'be',
  'have',
  'mean',
  'seem',
  'appear',
  'remain',
  'know',
  'think',
  'believe',
  'feel',
  'want',
  'need',
  'like',
  'hope',
  'remember',
  'understand',
  'fear',
  'doubt',
  'wonder',
]);
/** Words that follow a participle describing a noun: "a statement posted online". */
const AFTER_PARTICIPLE = new Set([
  'online',
  'near',
  'under',
  'into',
  'across',
  'against',
  'outside',
  'inside',
  'earlier',
  'last',
  'this',
  'as',
]);
/** How far "that" may come after the verb: "told reporters in Geneva on Friday that". */
const MAX_BEFORE_THAT = 16;
const PHRASE_OPENERS = new Set([
  'in',
  'on',
  'at',
  'to',
  'with',
  'for',
  'from',
  'by',
  'during',
  'after',
  'before',
  'of',
]);
/** Verbs that pass the event on to an infinitive and stay in the reported words: "plans to build". */
const LEADS: Record<string, string> = {
  plan: 'plan',
  intend: 'intend',
  aim: 'aim',
  hope: 'hope',
  want: 'want',
  like: 'want',
  wish: 'want',
  agree: 'agree',
  refuse: 'refuse',
  decide: 'decide',
  promise: 'promise',
  pledge: 'pledge',
  vow: 'vow',
  seek: 'seek',
  try: 'try',
  threaten: 'threaten',
};

function inTimex(token: Token): boolean {
  return token.inside === 'timex';
}

/**
 * The verb group of the clause a verb of saying reports, or null: the clause after it ("said on
 * Tuesday that the cabinet would meet", "said it would cut") or, for a report tacked on at the end
 * ("Retail sales rose 0.4 percent, the office said on Thursday"), the clause before it.
 */
export function reportedClause(tokens: Token[], group: VerbGroup, groups: VerbGroup[]): VerbGroup | null {
  if (!SAYING.has(group.base) || group.negated || group.passive) return null;
  return clauseAfter(tokens, group, groups) ?? clauseBefore(tokens, group, groups);
}

function clauseAfter(tokens: Token[], group: VerbGroup, groups: VerbGroup[]): VerbGroup | null {
  // "said in a statement carried by KCNA on Saturday that …": the clause starts after "that",
  // unless another verb comes first ("said his government told officials it was worried that").
  let subjectFrom = group.last + 1;
  for (let i = group.last + 1; i < tokens.length && i - group.last <= MAX_BEFORE_THAT; i++) {
    const token = tokens[i] as Token;
    const starts = groups.find((other) => other.first === i);
    if (BOUNDARY_PUNCTUATION.has(token.text) || (starts && !describesNoun(tokens, starts))) break;
    if (token.lower === 'that') {
      subjectFrom = i + 1;
      break;
    }
  }
  let sawThat = subjectFrom > group.last + 1;
  // "told CNBC it had seen strong growth": without "that", the listener comes before the clause.
  const listener = !sawThat && TELLING.has(group.base) ? listenerEnd(tokens, group) : null;
  if (listener !== null) {
    subjectFrom = listener;
    sawThat = true;
  }
  if (TELLING.has(group.base) && !sawThat) return null;
  let content = groups.find((other) => other.first >= subjectFrom);
  // "said last month's discovery of a rifle buried near the home represented a breakthrough": a
  // participle that only describes the subject gives way to the verb of the clause.
  const following = content ? groups.find((other) => other.first > (content as VerbGroup).last) : undefined;
  if (
    content &&
    following &&
    describesNoun(tokens, content) &&
    sameClause(tokens, content.last + 1, following.first)
  )
    content = following;
  if (!content || !content.finite || !isEventLike(content)) return null;
  for (let i = subjectFrom; i < content.first; i++) {
    const token = tokens[i] as Token;
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower)) return null;
    // The date and its preposition belong to the saying: "said on Tuesday it would …".
    if (inTimex(token) || (DATE_PREPOSITIONS.has(token.lower) && tokens[i + 1]?.inside === 'timex'))
      subjectFrom = i + 1;
  }
  const subject = tokens.slice(subjectFrom, content.first);
  // Without "that", a subject is a noun phrase, not "in a statement"; and it has a noun: in
  // "some allied forces are crossing", "allied" was no verb.
  if (subject.length === 0 || (!sawThat && PHRASE_OPENERS.has((subject[0] as Token).lower))) return null;
  if (subject.every((token) => QUANTIFIERS.has(token.lower))) {
    const next = groups.find((other) => other.first > (content as VerbGroup).last);
    return next && next.finite && isEventLike(next) && sameClause(tokens, content.last + 1, next.first)
      ? next
      : null;
  }
  return content;
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'her', 'us', 'them', 'reporters', 'investors', 'lawmakers']);
const CLAUSE_SUBJECTS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'the']);

/**
 * Where the clause after "told" and its listener starts, without a "that": "told CNBC it had
 * seen", "told him the talks would resume". The listener is a name or an object pronoun, and the
 * clause opens with a subject pronoun or "the". Null when the words do not fit that shape.
 */
export function listenerEnd(tokens: Token[], group: VerbGroup): number | null {
  if (!TELLING.has(group.base)) return null;
  let at = group.last + 1;
  const first = tokens[at];
  if (!first) return null;
  if (OBJECT_PRONOUNS.has(first.lower)) at++;
  else {
    while (at < tokens.length && at - group.last <= 4 && /^[A-Z]/.test((tokens[at] as Token).text)) at++;
    if (at === group.last + 1) return null;
  }
  return CLAUSE_SUBJECTS.has(tokens[at]?.lower ?? '') ? at : null;
}

/**
 * A bare participle after a noun and before a preposition or a date only describes the noun:
 * "a statement carried by KCNA", "a rifle buried near the home" (not "his government told officials").
 */
function describesNoun(tokens: Token[], group: VerbGroup): boolean {
  if (group.auxiliaries.length > 0 || group.first !== group.head) return false;
  const before = tokens[group.first - 1];
  const after = tokens[group.last + 1];
  if (!before || !/^[a-z]+$/.test(before.text) || SPEAKER_PRONOUNS.has(before.lower)) return false;
  if (!isParticiple(tokens, group)) return false;
  return (
    after !== undefined &&
    (inTimex(after) || PHRASE_OPENERS.has(after.lower) || AFTER_PARTICIPLE.has(after.lower))
  );
}

function isParticiple(tokens: Token[], group: VerbGroup): boolean {
  return readVerb((tokens[group.head] as Token).lower).some((reading) => reading.form === 'participle');
}

/** Whether nothing between two tokens opens another clause or joins another verb. */
function sameClause(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const token = tokens[i] as Token;
    if (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower)) return false;
    if (token.lower === 'and' || token.lower === 'or') return false;
  }
  return true;
}

/** A clause worth a headline: not a state ("talks were regrettable", "he wants") nor another report. */
function isEventLike(group: VerbGroup): boolean {
  return !['say', 'tell'].includes(group.base) && !(STATES.has(group.base) && !group.passive);
}

/**
 * For a report tacked on at the end whose clause tells a state rather than an event ("Eight of
 * the killings were already under investigation, Glenn said"), that clause's verb group: the
 * headline then keeps the speaker ("Glenn says eight of 14 killings under investigation").
 */
export function statedClause(tokens: Token[], group: VerbGroup, groups: VerbGroup[]): VerbGroup | null {
  if (!SAYING.has(group.base) || group.negated || group.passive) return null;
  return clauseBefore(tokens, group, groups, true);
}

/** The comma at or before `from` that opens the speaker's part, within a few words; null when none. */
function commaBefore(tokens: Token[], from: number): number | null {
  let comma = from;
  while (comma > 0 && tokens[comma]?.text !== ',' && from - comma < MAX_OBJECT_BEFORE_THAT) {
    const token = tokens[comma] as Token;
    // '…,” Mr. Gerstner said': the closing quote mark stands between.
    if (
      !QUOTE_MARKS.has(token.text) &&
      (BOUNDARY_PUNCTUATION.has(token.text) || CLAUSE_WORDS.has(token.lower))
    )
      return null;
    comma--;
  }
  return tokens[comma]?.text === ',' ? comma : null;
}

function clauseBefore(
  tokens: Token[],
  group: VerbGroup,
  groups: VerbGroup[],
  states = false,
): VerbGroup | null {
  // Nothing but a date may follow the report: "…, the statistics office said on Thursday."
  for (let i = group.last + 1; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // "…, the White House said on Friday, hoping to ease tensions": a participle phrase only comments.
    if (token.text === ',' && /^[a-z]+ing$/.test(tokens[i + 1]?.text ?? '')) break;
    if (!inTimex(token) && !DATE_PREPOSITIONS.has(token.lower) && !BOUNDARY_PUNCTUATION.has(token.text))
      return null;
  }
  let comma = commaBefore(tokens, group.first - 1);
  // "…, his attorney, Linda Okafor, said Thursday": the speaker's appositive sits between commas.
  if (comma === group.first - 1) {
    const inner = commaBefore(tokens, comma - 1);
    comma = inner === null ? null : commaBefore(tokens, inner - 1);
  }
  if (comma === null || comma === group.first - 1) return null;
  // The sentence's own main clause, its subject first: "Retail sales rose …".
  // "One of those computers, called Sparcstation 1, accounted for …": a participle after a comma
  // only describes the noun before it.
  const content = groups.find(
    (other) =>
      other.finite &&
      !describesNoun(tokens, other) &&
      !(
        tokens[other.first - 1]?.text === ',' &&
        other.auxiliaries.length === 0 &&
        isParticiple(tokens, other)
      ),
  );
  if (!content || content.last >= comma || SAYING.has(content.base) || (!states && !isEventLike(content)))
    return null;
  for (let i = 0; i < content.first; i++) {
    const token = tokens[i] as Token;
    // A quotation is the speaker's words: its states are worth a headline only with the speaker.
    // "since 1993" is a date, not a clause.
    const clause = CLAUSE_WORDS.has(token.lower) && !inTimex(tokens[i + 1] ?? token);
    if ((!states && QUOTE_MARKS.has(token.text)) || clause) return null;
    if (QUOTE_MARKS.has(token.text)) continue;
    if (token.text !== ',' && BOUNDARY_PUNCTUATION.has(token.text)) return null;
  }
  return content;
}

/**
 * The reported verb as the speaker's own words put it, after "says it": "will cut", "rescued",
 * "could be delayed", "will not attend".
 */
export function reportedVerb(group: VerbGroup, pronoun: string): string {
  const plural = pronoun === 'they' || pronoun === 'we';
  const particle = group.particle ? ` ${group.particle}` : '';
  const modal = group.auxiliaries.find((word) =>
    ['could', 'might', 'may', 'must', 'should', 'can'].includes(word),
  );
  const future = group.tense === 'future' || group.modality === 'scheduled';
  if (group.passive) {
    const participle = `${participleForm(group.base)}${particle}`;
    if (modal) return `${modal} be ${participle}`;
    if (future) return `will be ${participle}`;
    if (group.tense === 'past') return `${plural ? 'were' : 'was'} ${participle}`;
    return `${plural ? 'are' : 'is'} ${participle}`;
  }
  if (group.negated) {
    const does = modal ?? (future ? 'will' : group.tense === 'past' ? 'did' : plural ? 'do' : 'does');
    return `${does} not ${group.base}${particle}`;
  }
  if (modal) return `${modal} ${group.base}${particle}`;
  // "would like to host" → "wants to host", "had agreed to free" → "agreed to free".
  const lead = group.auxiliaries.findLast((word, index) => group.auxiliaries[index + 1] === 'to');
  const leadVerb = lead === undefined ? undefined : LEADS[lead];
  if (leadVerb) {
    const wanting = leadVerb === 'want' || group.tense !== 'past';
    return `${wanting ? presentForm(leadVerb, plural) : pastForm(leadVerb)} to ${group.base}${particle}`;
  }
  if (future) return `will ${group.base}${particle}`;
  if (group.tense === 'past') return `${pastForm(group.base)}${particle}`;
  return `${presentForm(group.base, plural || pronoun === 'i')}${particle}`;
}
