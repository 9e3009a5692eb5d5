/**
 * The domain vocabulary shared by every runtime: events, their dated intervals, and the mentions
 * that prove them. Types only, plus the constant lists used to validate them.
 */

export const GRANULARITIES = ['time', 'day', 'week', 'month', 'season', 'quarter', 'year', 'decade'] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export const CERTAINTIES = ['exact', 'approximate', 'uncertain'] as const;
export type Certainty = (typeof CERTAINTIES)[number];

export const EVENT_STATUSES = ['occurred', 'scheduled', 'possible', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

export const EVENT_ORIGINS = ['extracted', 'user'] as const;
export type EventOrigin = (typeof EVENT_ORIGINS)[number];

export const ENTITY_KINDS = ['person', 'place', 'organization'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/**
 * A date as an interval. `start` and `end` are ISO dates (`YYYY-MM-DD`) or, for granularity
 * `time`, ISO date-times without zone (`YYYY-MM-DDTHH:MM`). `end` is inclusive: a one-day event
 * has `end === start`.
 */
export interface DateInterval {
  start: string;
  end: string;
  granularity: Granularity;
  certainty: Certainty;
}

/** TimeML TIMEX3 types. */
export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

/** A temporal expression found in a text, normalized per TimeML TIMEX3. */
export interface Timex {
  /** JavaScript string index of the first character. */
  start: number;
  /** JavaScript string index one past the last character. */
  end: number;
  text: string;
  type: TimexType;
  /** TIMEX3 value: `2018-07-07`, `2018-06`, `2018-W27`, `2018-FA`, `2018-07-07TMO`, `P2D`, `PRESENT_REF`… */
  value: string;
  /** TIMEX3 mod: APPROX, START, MID, END, BEFORE, AFTER, ON_OR_BEFORE, ON_OR_AFTER, LESS_THAN, MORE_THAN… */
  mod?: string;
  /** The date (YYYY-MM-DD) a relative expression was resolved against, when it was relative. */
  anchor?: string;
}

/** Where an article's publication date came from. */
export type PublishedSource =
  'metadata' | 'json-ld' | 'front-matter' | 'dateline' | 'byline' | 'text' | 'option' | 'unknown';
