/**
 * What the article has told so far, for the words that point back to it: "the meeting", "the
 * flight" (an event already told), "the two men", "they" (the people last named together).
 */
import type { DateInterval } from '../../common/model';
import type { ExtractedEvent } from '../types';
import type { EntityMention } from './entities';
import { contentWords, eventKindOf, stem } from './keywords';

/** How many sentences back "the meeting" may still point. */
const REACH = 4;

interface Told {
  event: ExtractedEvent;
  sentence: number;
}

/** The running context of one article. */
export interface ArticleContext {
  told: Told[];
  /** People named in each sentence so far, by sentence index. */
  people: EntityMention[][];
}

/** A fresh context for a new article. */
export function newContext(): ArticleContext {
  return { told: [], people: [] };
}

function overlaps(a: DateInterval, b: DateInterval): boolean {
  return a.start.slice(0, 10) <= b.end.slice(0, 10) && b.start.slice(0, 10) <= a.end.slice(0, 10);
}

function kindsOfTitle(title: string): Set<string> {
  const kinds = new Set<string>();
  for (const key of contentWords(title).keys()) {
    const kind = eventKindOf(key);
    if (kind) kinds.add(kind);
  }
  return kinds;
}

/**
 * The event a definite description points back to ("The flight took place on July 27" after the
 * sentence about the plane's flight): a recent event at an overlapping date, either named by a
 * noun of the same kind or told in the sentence just before. Coreference needs the same time.
 */
export function antecedentEvent(
  context: ArticleContext,
  noun: string,
  interval: DateInterval,
  sentence: number,
): ExtractedEvent | null {
  const kind = eventKindOf(stem(noun));
  for (let i = context.told.length - 1; i >= 0; i--) {
    const told = context.told[i] as Told;
    if (sentence - told.sentence > REACH) break;
    if (told.sentence === sentence || !overlaps(told.event.interval, interval)) continue;
    const sameKind = kind !== undefined && kindsOfTitle(told.event.title).has(kind);
    if (sameKind || told.sentence === sentence - 1) return told.event;
  }
  return null;
}

/**
 * The people a plural reference ("the two men", "both leaders", "they") stands for: the latest
 * recent sentence that named two or more people, its first two of them.
 */
export function pluralAntecedent(context: ArticleContext, sentence: number): EntityMention[] {
  for (let i = sentence - 1; i >= 0 && sentence - i <= REACH; i--) {
    const people = context.people[i] ?? [];
    const distinct = people.filter(
      (person, index) => people.findIndex((other) => other.name === person.name) === index,
    );
    if (distinct.length >= 2) return distinct.slice(0, 2);
  }
  return [];
}
