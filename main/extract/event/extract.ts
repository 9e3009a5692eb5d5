/**
 * Event extraction: for every sentence, every date that dates something becomes a candidate event
 * with a headline title, a status, its actors and places, and the mention that proves it.
 */
import { addDays } from '../../common/dates';
import type { DateInterval, EventStatus, Timex } from '../../common/model';
import { splitSentences } from '../sentences';
import type { Sentence } from '../sentences';
import { tagTimexes } from '../timex/index';
import { timexToInterval } from '../timex/interval';
import type { ExtractedEntity, ExtractedEvent, ExtractionInput } from '../types';
import { findVerbGroups, tokenize } from './clause';
import { combineCandidates } from './combine';
import type { Candidate } from './combine';
import type { Token, VerbGroup } from './clause';
import { describeDerivation, describeDurationDerivation } from './derivation';
import { anchorDuration, attachGroup, nominalPhrase, nominalTitle } from './attach';
import type { NominalPhrase } from './attach';
import { antecedentEvent, newContext, pluralAntecedent } from './context';
import type { ArticleContext } from './context';
import { findEntities, isLocative } from './entities';
import type { EntityMention } from './entities';
import { cancelledThingTitle, eventNounOf, isOccurrenceVerb, nounTitle } from './naming';
import { cancelGroup, certaintyOf, nominalStatusOf, statusOf } from './status';
import { sentenceAntecedent } from './subject';
import { clauseHeadline } from './headline';
import { newPronounState, readPronouns } from './story';
import type { PronounReferents } from './pronouns';
import { assembleTitle } from './title';
import { endingSpan } from './span';
import { EVENT_NOUNS } from './keywords';
import { isBracketedRestatement, isComparisonAnchor, perfectSubjectNoun, prepositionalNoun } from './repeats';

/** Lines that only say who wrote the article or when: their dates date no event. */
const BYLINE = /^(?:By\s+[A-Z]|Published|Updated|Posted|Last updated|First published|Modified)\b|\|/;
const NON_EVENT_VALUES = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$|X/;

/** Extracts candidate events from an article; see ExtractedEvent for what each carries. */
export function extractEvents(input: ExtractionInput): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  const context = newContext();
  let antecedent: EntityMention[] = [];
  const pronouns = newPronounState();
  // Tagged once over the whole text, so that "a day later" counts from the date the story last
  // moved to, even in an earlier sentence.
  const allTimexes = tagTimexes(input.text, input.publishedAt);
  const sentences = splitSentences(input.text);
  sentences.forEach((sentence, index) => {
    const entities = findEntities(sentence.text);
    const referents = readPronouns(pronouns, sentences, index, entities, BYLINE);
    if (!sentence.dateline && !BYLINE.test(sentence.text)) {
      const timexes = allTimexes
        .filter((timex) => timex.start >= sentence.start && timex.end <= sentence.end)
        .map((timex) => ({ ...timex, start: timex.start - sentence.start, end: timex.end - sentence.start }))
        .filter((timex) => !isPrepositionalRelative(timex, sentence.text));
      const found = sentenceEvents({
        sentence,
        index,
        timexes,
        entities,
        antecedent,
        referents,
        context,
        publishedAt: input.publishedAt,
      });
      found.forEach((event) => context.told.push({ event, sentence: index }));
      events.push(...found);
    }
    context.people[index] = entities.filter((entity) => entity.kind === 'person');
    // "He" in the next sentence stands for the person this one named first, or for nobody.
    antecedent = sentenceAntecedent(sentence.text, entities, antecedent);
    for (const person of [...(context.people[index] ?? []), ...antecedent]) pronouns.people.add(person.short);
  });
  return events;
}

/**
 * "65 years to the day after the 1953 armistice": "the day after" is a preposition here, counted
 * from the armistice, not from the article's date; it dates nothing this extractor can resolve.
 */
function isPrepositionalRelative(timex: Timex, sentence: string): boolean {
  return (
    /\b(?:after|before)$/i.test(timex.text) &&
    /^\s+(?:the|a|an|his|her|its|their|[A-Z0-9])/.test(sentence.slice(timex.end))
  );
}

interface SentenceInput {
  sentence: Sentence;
  index: number;
  timexes: Timex[];
  entities: EntityMention[];
  antecedent: EntityMention[];
  referents: PronounReferents;
  context: ArticleContext;
  publishedAt: string;
}

function sentenceEvents(input: SentenceInput): ExtractedEvent[] {
  const { sentence, timexes, entities, publishedAt } = input;
  const dated = timexes.filter(
    (timex) => (timex.type === 'DATE' || timex.type === 'TIME') && !NON_EVENT_VALUES.test(timex.value),
  );
  if (dated.length === 0) return [];
  // Only dates are cut out of titles; a duration ("a two-day trip") is part of what happened.
  const timexSpans: Array<[number, number]> = dated.map((timex) => [timex.start, timex.end]);
  const tokens = tokenize(
    sentence.text,
    timexes.map((timex): [number, number] => [timex.start, timex.end]),
    entities.map((entity): [number, number] => [entity.start, entity.end]),
  );
  const groups = findVerbGroups(tokens);
  if (groups.length === 0) return [];
  const candidates: Candidate[] = [];
  for (const timex of dated) {
    // A landmark of a comparison, or the same instant restated, would only repeat an event.
    if (isComparisonAnchor(timex, sentence.text) || isBracketedRestatement(timex, dated, sentence.text))
      continue;
    const base = timexToInterval(timex);
    if (!base) continue;
    const build: BuildInput = {
      ...input,
      together: pluralAntecedent(input.context, input.index),
      timexSpans,
      tokens,
      groups,
      timex,
      base,
    };
    const span = endingSpan(build);
    if (span) candidates.push(span);
    const candidate = buildEvent(build);
    if (candidate) candidates.push(candidate);
  }
  return combineCandidates(candidates, sentence.text, sentence.start, publishedAt);
}

/** Everything building one candidate from one date needs. */
export interface BuildInput {
  sentence: Sentence;
  index: number;
  entities: EntityMention[];
  antecedent: EntityMention[];
  /** The named thing "it" stands for, and the story's main subject. */
  referents: PronounReferents;
  /** The people a plural reference ("the two men") stands for. */
  together: EntityMention[];
  context: ArticleContext;
  publishedAt: string;
  timexes: Timex[];
  timexSpans: Array<[number, number]>;
  tokens: Token[];
  groups: VerbGroup[];
  timex: Timex;
  base: DateInterval;
}

/** Prepositions that put the sentence's people at the event a noun names ("met at the summit"). */
const PARTICIPATION = new Set(['at', 'during', 'in']);

const WEEKDAY = /^(?:on\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day$/i;

/**
 * A bare weekday in a clause about the future ("is expected to meet … on Wednesday") is the next
 * such day; a reading before the article's date contradicts the verb and moves a week on.
 */
function futureWeekday(
  timex: Timex,
  interval: DateInterval,
  group: VerbGroup,
  publishedAt: string,
): Timex | null {
  const future = group.tense === 'future' || group.modality === 'scheduled';
  if (!future || !WEEKDAY.test(timex.text.trim()) || interval.start >= publishedAt.slice(0, 10)) return null;
  const day = addDays(interval.start, 7);
  return { ...timex, value: `${day}${timex.value.slice(10)}` };
}

function buildEvent(input: BuildInput): Candidate | null {
  const { sentence, tokens, groups, publishedAt } = input;
  let timex = input.timex;
  const future = input.base.start > publishedAt.slice(0, 10);
  const ofNoun = nominalPhrase(tokens, timex) ?? nounOfDate(input, future);
  // A noun the date belongs to that names no event: no event, rather than the verb's once more.
  if (ofNoun === 'drop') return null;
  const phrase = ofNoun;
  let group = phrase ? null : attachGroup(tokens, groups, timex, future);
  if (!phrase && (!group || group.negated)) return null;
  let base = input.base;
  const moved = group ? futureWeekday(timex, base, group, publishedAt) : null;
  if (moved) {
    timex = moved;
    base = timexToInterval(moved) ?? base;
  }
  // A deferred infinitive ("accepted an invitation to visit Pyongyang next month") is a plan.
  // A participle phrase after a comma (", expected later this month") describes its own noun.
  const finiteBefore =
    group && !group.finite && !group.reduced
      ? groups.filter((other) => other.finite && other.last < (group as VerbGroup).first).pop()
      : undefined;
  if (group && finiteBefore && future) group = { ...group, modality: 'scheduled', tense: 'future' };
  let interval: DateInterval = { ...base };
  let derivation = describeDerivation(timex, interval, publishedAt);
  const stretched = group
    ? anchorDuration(input.timexes, timex, interval, group, tokens, sentence.text)
    : null;
  if (stretched) {
    interval = stretched.interval;
    derivation = describeDurationDerivation(stretched.phrase, timex, interval, publishedAt);
  }
  interval.certainty = certaintyOf(interval.certainty, sentence.text, timex.start, group, tokens);
  if (interval.certainty !== base.certainty && !stretched)
    derivation = describeDerivation(timex, interval, publishedAt);
  const status = group
    ? statusOf({
        group,
        groups,
        tokens,
        sentence: sentence.text,
        timexStart: timex.start,
        intervalStart: interval.start,
        publishedAt,
      })
    : nominalStatusOf(tokens, groups, (phrase as NominalPhrase).start, sentence.text, interval, publishedAt);
  const named = group
    ? verbalTitle(input, group, finiteBefore, status, interval)
    : nominalNaming(input, phrase as NominalPhrase, interval);
  if (named.title.trim() === '') return null;
  const absoluteTimex: Timex = {
    ...timex,
    start: timex.start + sentence.start,
    end: timex.end + sentence.start,
  };
  return {
    group,
    timex,
    event: {
      title: named.title,
      description: sentence.text.replace(/\s+/g, ' '),
      interval,
      status,
      entities: named.borrowed ?? eventEntities(named.entities, named.subjectEntities, sentence.text),
      mention: {
        start: sentence.start,
        end: sentence.end,
        quote: sentence.text,
        timex: absoluteTimex,
        interval,
        derivation,
      },
    },
  };
}

/**
 * A date that belongs to a noun although a verb could take it: "in response to the test in
 * January" when the verb has a date of its own, or a date inside the subject of a present perfect
 * ("weak data on Friday have fed doubts"). Without this the verb's event repeats at that date.
 */
function nounOfDate(input: BuildInput, future: boolean): NominalPhrase | 'drop' | null {
  const { tokens, groups, timex } = input;
  const group = attachGroup(tokens, groups, timex, future);
  if (!group) return null;
  const before = input.base.end < input.publishedAt.slice(0, 10);
  const subject = perfectSubjectNoun(tokens, group, timex, before);
  if (subject) return subject;
  const noun = prepositionalNoun(tokens, timex, true);
  if (!noun) return null;
  const verbHasDate = input.timexes.some(
    (other) =>
      other !== timex &&
      other.start !== timex.start &&
      (other.type === 'DATE' || other.type === 'TIME') &&
      input.timexSpans.some(([start]) => start === other.start) &&
      !nominalPhrase(tokens, other) &&
      !prepositionalNoun(tokens, other) &&
      attachGroup(tokens, groups, other) === group,
  );
  if (!verbHasDate) return null;
  return EVENT_NOUNS.has(noun.noun) ? noun : 'drop';
}

interface Naming {
  title: string;
  /** The entities the event may take from its sentence. */
  entities: EntityMention[];
  subjectEntities: EntityMention[];
  /** Entities taken whole from the event a description points back to. */
  borrowed?: ExtractedEntity[];
}

function verbalTitle(
  input: BuildInput,
  group: VerbGroup,
  finiteBefore: VerbGroup | undefined,
  status: EventStatus,
  interval: DateInterval,
): Naming {
  const { tokens, groups, entities } = input;
  // A deferred infinitive takes the subject of the verb it depends on; a verb of saying gives way
  // to the clause it reports ("said on Tuesday that the cabinet would meet" → "Cabinet to meet").
  const headline = clauseHeadline(input, group, finiteBefore);
  const { range, subject } = headline;
  const clause = headline.group;
  const base = { entities, subjectEntities: subject.subjectEntities };
  const subjectWords = subject.subject.split(/\s+/);
  const noun = subject.subjectEntities.length === 0 ? eventNounOf(subjectWords) : null;
  if (noun && isOccurrenceVerb(clause)) {
    // "The flight took place on July 27": the flight told just before, or the flight itself.
    const told = antecedentEvent(input.context, noun, interval, input.index);
    if (told) return { ...base, title: told.title, borrowed: told.entities };
    if (clause.modality !== 'possible') return { ...base, title: assembleTitle(subject.subject, '', []) };
  }
  if (status === 'cancelled' && cancelGroup(groups)) {
    const thing = cancelledThingTitle(tokens, clause, range[0], subject.subjectEntities);
    if (thing) return { ...base, title: thing };
    // A cancelled event is named by what was cancelled ("Joint military exercises"), not by a verb.
    if (subject.subject) return { ...base, title: assembleTitle(subject.subject, '', []) };
  }
  return { ...base, title: headline.title };
}

/**
 * A date on a noun: "the June 12 summit in Singapore" is named by its phrase and takes only the
 * entities inside it (not the sentence's other actors); "the Sunday meeting" points back to the
 * meeting just told, when there is one at that date.
 */
function nominalNaming(input: BuildInput, phrase: NominalPhrase, interval: DateInterval): Naming {
  const inside = input.entities.filter((entity) => entity.start >= phrase.start && entity.end <= phrase.end);
  if (phrase.definite && inside.length === 0) {
    const told = antecedentEvent(input.context, phrase.noun, interval, input.index);
    if (told) return { title: told.title, entities: [], subjectEntities: [], borrowed: told.entities };
  }
  // "Trump and Kim met at the June 12 summit": who was at the event took part in it; "the first
  // contact since the June 12 summit" only uses the summit as a landmark.
  const participants = PARTICIPATION.has(phrase.preposition ?? '')
    ? input.entities.filter((entity) => entity.kind === 'person')
    : [];
  const entities = [...inside, ...participants.filter((entity) => !inside.includes(entity))];
  const title = nounTitle(input, phrase.start, phrase.noun, nominalTitle(phrase, input.entities));
  return { title, entities, subjectEntities: [] };
}

function eventEntities(
  entities: EntityMention[],
  subjectEntities: EntityMention[],
  text: string,
): ExtractedEntity[] {
  const result: ExtractedEntity[] = [];
  const add = (entity: ExtractedEntity) => {
    if (!result.some((other) => other.name === entity.name && other.role === entity.role))
      result.push(entity);
  };
  for (const entity of subjectEntities) {
    if (!entities.includes(entity)) add({ name: entity.name, kind: entity.kind, role: 'actor' });
  }
  for (const entity of entities) {
    if (entity.kind !== 'place') add({ name: entity.name, kind: entity.kind, role: 'actor' });
    else if (isLocative(text, entity.start)) add({ name: entity.name, kind: 'place', role: 'place' });
    // A country or a capital standing for its government acts; any other place is where it happened.
    // "accuse Washington": a capital that is not where something happens stands for its government.
    else if (entity.country || entity.government)
      add({ name: entity.government ?? entity.name, kind: 'place', role: 'actor' });
    else add({ name: entity.name, kind: 'place', role: 'place' });
  }
  return result;
}
