/**
 * Event extraction: for every sentence, every date that dates something becomes a candidate event
 * with a headline title, a status, its actors and places, and the mention that proves it.
 */
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
import { anchorDuration, attachGroup, isNominalEvent, nominalTitle } from './attach';
import { findEntities, isLocative } from './entities';
import type { EntityMention } from './entities';
import { cancelGroup, certaintyOf, statusOf } from './status';
import { assembleTitle, describeSubject, headlineVerb, objectWords, subjectRange } from './title';

/** Lines that only say who wrote the article or when: their dates date no event. */
const BYLINE = /^(?:By\s+[A-Z]|Published|Updated|Posted|Last updated|First published|Modified)\b|\|/;
const POSSIBLE_NOUN_CUES =
  /\b(?:possible|potential|proposed|floated|planned|tentative)\s+(?:\w+\s+)?(?:summit|meeting|talks|visit|trip)/i;
const NON_EVENT_VALUES = /^(?:PRESENT_REF|PAST_REF|FUTURE_REF)$|X/;

/** Extracts candidate events from an article; see ExtractedEvent for what each carries. */
export function extractEvents(input: ExtractionInput): ExtractedEvent[] {
  const events: ExtractedEvent[] = [];
  let antecedent: EntityMention[] = [];
  // Tagged once over the whole text, so that "a day later" counts from the date the story last
  // moved to, even in an earlier sentence.
  const allTimexes = tagTimexes(input.text, input.publishedAt);
  for (const sentence of splitSentences(input.text)) {
    const entities = findEntities(sentence.text);
    if (!sentence.dateline && !BYLINE.test(sentence.text)) {
      const timexes = allTimexes
        .filter((timex) => timex.start >= sentence.start && timex.end <= sentence.end)
        .map((timex) => ({ ...timex, start: timex.start - sentence.start, end: timex.end - sentence.start }));
      events.push(...sentenceEvents(sentence, timexes, entities, antecedent, input.publishedAt));
    }
    // "He" in the next sentence most often is the first person this one named.
    const firstPerson = entities.find((entity) => entity.kind === 'person');
    if (firstPerson) antecedent = [firstPerson];
  }
  return events;
}

function sentenceEvents(
  sentence: Sentence,
  timexes: Timex[],
  entities: EntityMention[],
  antecedent: EntityMention[],
  publishedAt: string,
): ExtractedEvent[] {
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
    const base = timexToInterval(timex);
    if (!base) continue;
    const candidate = buildEvent({
      sentence,
      entities,
      antecedent,
      publishedAt,
      timexes,
      timexSpans,
      tokens,
      groups,
      timex,
      base,
    });
    if (candidate) candidates.push(candidate);
  }
  return combineCandidates(candidates, sentence.text, sentence.start, publishedAt);
}

interface BuildInput {
  sentence: Sentence;
  entities: EntityMention[];
  antecedent: EntityMention[];
  publishedAt: string;
  timexes: Timex[];
  timexSpans: Array<[number, number]>;
  tokens: Token[];
  groups: VerbGroup[];
  timex: Timex;
  base: DateInterval;
}

function buildEvent(input: BuildInput): Candidate | null {
  const { sentence, entities, tokens, groups, timex, timexSpans, publishedAt } = input;
  const nominal = isNominalEvent(tokens, timex);
  const group = nominal ? null : attachGroup(tokens, groups, timex);
  if (!nominal && (!group || group.negated)) return null;
  let interval: DateInterval = { ...input.base };
  let derivation = describeDerivation(timex, interval, publishedAt);
  const stretched = group
    ? anchorDuration(input.timexes, timex, interval, group, tokens, sentence.text)
    : null;
  if (stretched) {
    interval = stretched.interval;
    derivation = describeDurationDerivation(stretched.phrase, timex, interval, publishedAt);
  }
  interval.certainty = certaintyOf(interval.certainty, sentence.text, timex.start, group, tokens);
  if (interval.certainty !== input.base.certainty && !stretched)
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
    : nominalStatus(groups, sentence.text, interval, publishedAt);
  let title: string;
  let subjectEntities: EntityMention[] = [];
  if (group) {
    const subject = describeSubject(
      tokens,
      subjectRange(tokens, group, timexSpans, groups),
      entities,
      input.antecedent,
    );
    subjectEntities = subject.subjectEntities;
    // A cancelled event is named by what was cancelled ("Joint military exercises"), not by a verb.
    title =
      status === 'cancelled' && subject.subject
        ? assembleTitle(subject.subject, '', [])
        : assembleTitle(
            subject.subject,
            headlineVerb(group, subject.plural, tokens),
            objectWords(tokens, group, timexSpans, 12, groups),
          );
  } else {
    title = nominalTitle(tokens, timex, entities);
  }
  if (title.trim() === '') return null;
  const absoluteTimex: Timex = {
    ...timex,
    start: timex.start + sentence.start,
    end: timex.end + sentence.start,
  };
  return {
    group,
    timex,
    event: {
      title,
      description: sentence.text.replace(/\s+/g, ' '),
      interval,
      status,
      entities: eventEntities(entities, subjectEntities, sentence.text),
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

function nominalStatus(
  groups: VerbGroup[],
  sentence: string,
  interval: DateInterval,
  publishedAt: string,
): EventStatus {
  if (cancelGroup(groups)) return 'cancelled';
  if (groups.some((group) => group.modality === 'possible') || POSSIBLE_NOUN_CUES.test(sentence))
    return 'possible';
  return interval.start > publishedAt ? 'scheduled' : 'occurred';
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
    else if (entity.country || (entity.government && subjectEntities.includes(entity)))
      add({ name: entity.government ?? entity.name, kind: 'place', role: 'actor' });
    else add({ name: entity.name, kind: 'place', role: 'place' });
  }
  return result;
}
