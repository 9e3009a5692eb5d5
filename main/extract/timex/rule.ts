/**
 * The shape of one tagging rule: a regex that finds candidate spans and a builder that normalizes a
 * match once the rule's span has won against overlapping candidates. Builders run in document order,
 * so they can see the date the narrative last moved to.
 */
import type { TimexType } from '../../common/model';
import type { Day } from './calendar';
import type { Tense } from './tense';

/** What a builder returns: the TIMEX3 attributes, and for relative expressions their anchor. */
export interface Draft {
  type: TimexType;
  value: string;
  mod?: string;
  /** The day the expression was resolved against, when it is relative. */
  anchor?: Day;
  /** Trim the span: characters to drop at the start / end of the match (e.g. a leading "on"). */
  trimStart?: number;
  trimEnd?: number;
  /** A comparison ("a year earlier") that should not become the narrative's new reference date. */
  keepReference?: boolean;
}

export interface RuleContext {
  text: string;
  /** The document creation date. */
  dct: Day;
  /** The last DATE value with a concrete year seen before this match ("the third quarter" → 1989-Q3). */
  lastValue: string | null;
  /**
   * The first quarter the document names ("third-quarter net income" → 1989-Q3): an earnings story
   * leads with the period it reports on, and its anaphoric periods ("the latest quarter", "the
   * year-earlier period") stay on it even after an outlook or a comparison names another quarter.
   */
  reportValue: string | null;
  /**
   * The day a range starts on when this match closes it ("from 6 p.m. Sunday to 6 a.m. Tuesday"):
   * a bare weekday there lies on or after that day, whatever the tense of the clause.
   */
  rangeFrom: Day | null;
  /**
   * The day of the expression just before this one when it was written out in full with its year,
   * sits within a couple of sentences, and lies over a year before the DCT: a story of another time
   * ("On Nov. 9, 1989, the wall opened. … On Dec. 22, the gate followed").
   */
  eraDay: Day | null;
  /** Start and end of the match in `text`. */
  start: number;
  end: number;
  /** The tense around the match, computed on demand. */
  tense(): Tense;
}

export interface Rule {
  name: string;
  /** Global, case-insensitive; must not match the empty string. */
  pattern: RegExp;
  build(match: RegExpExecArray, ctx: RuleContext): Draft | null;
}

/** Wraps a regex source with word boundaries and compiles it global and case-insensitive. */
export function wordPattern(source: string): RegExp {
  // A hyphen before the match is a word joint ("two-day"), except after a prefix ("mid-November").
  // After it, an apostrophe is fine only as a possessive, straight or curly ("Monday's", "Monday’s").
  return new RegExp(
    `(?<![\\w'’])(?<!(?<!\\b(?:mid|early|late|pre|post))-)(?:${source})(?!\\w|['’](?!s\\b)\\w|-\\w)`,
    'gi',
  );
}
