/**
 * What extraction hands to the importer: candidate events, each with the one mention that
 * produced it. Pure data; the importer stores it and merges it with what is already known.
 */
import type { DateInterval, EntityKind, EventStatus, Timex } from '../common/model';

export interface ExtractionInput {
  /** The article's plain text. */
  text: string;
  /** Publication date, `YYYY-MM-DD`: the anchor for relative expressions. */
  publishedAt: string;
  /** Article title; not a source of events, but may help naming. */
  title?: string;
}

export interface ExtractedEntity {
  name: string;
  kind: EntityKind;
  /** `actor` for who did it, `place` for where it happened. */
  role: 'actor' | 'place';
}

export interface ExtractedMention {
  /** Offsets of the sentence in the article text, and the sentence itself. */
  start: number;
  end: number;
  quote: string;
  /** The temporal expression that dated the event, with offsets in the article text. */
  timex: Timex;
  /** This mention's own reading of the date. */
  interval: DateInterval;
  /** In words: `"last month", in an article of 7 July 2018 → June 2018`. */
  derivation: string;
}

export interface ExtractedEvent {
  /** Short, names who did what: "Pompeo ends third visit to North Korea". */
  title: string;
  description: string;
  interval: DateInterval;
  status: EventStatus;
  entities: ExtractedEntity[];
  mention: ExtractedMention;
}

/** An event already stored, as merging needs to see it. */
export interface MergeCandidate {
  id: number;
  title: string;
  interval: DateInterval;
  status: EventStatus;
  actors: string[];
  places: string[];
  /** The quotes of its mentions. */
  quotes: string[];
}

export interface MergeDecision {
  targetId: number;
  /** Why: which clues matched, in words, stored with the merge so it can be reviewed and undone. */
  reason: string;
}
