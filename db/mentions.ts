/**
 * Queries on mentions: the sentences that report an event, with how their date was read.
 */
import type { Certainty, Granularity } from '../main/common/model';
import type { Db } from './connection';
import { statement } from './statements';

export interface NewMention {
  eventId: number;
  articleId: number;
  start: number;
  end: number;
  quote: string;
  timexText: string | null;
  timexValue: string | null;
  timexType: string | null;
  timexStart: number | null;
  timexEnd: number | null;
  dateStart: string;
  dateEnd: string;
  granularity: Granularity;
  certainty: Certainty;
  anchor: string | null;
  derivation: string;
}

export interface MentionRow extends NewMention {
  id: number;
  articleTitle: string;
  source: string | null;
  publishedAt: string | null;
}

const MENTION_COLUMNS = `m.id, m.event_id AS eventId, m.article_id AS articleId, m.start, m."end", m.quote,
  m.timex_text AS timexText, m.timex_value AS timexValue, m.timex_type AS timexType,
  m.timex_start AS timexStart, m.timex_end AS timexEnd, m.date_start AS dateStart, m.date_end AS dateEnd,
  m.granularity, m.certainty, m.anchor, m.derivation,
  a.title AS articleTitle, a.source, a.published_at AS publishedAt`;

/** Stores a mention and returns its id. */
export function insertMention(db: Db, mention: NewMention): number {
  const result = statement(
    db,
    `INSERT INTO mentions (event_id, article_id, start, "end", quote, timex_text, timex_value, timex_type,
       timex_start, timex_end, date_start, date_end, granularity, certainty, anchor, derivation)
     VALUES (@eventId, @articleId, @start, @end, @quote, @timexText, @timexValue, @timexType,
       @timexStart, @timexEnd, @dateStart, @dateEnd, @granularity, @certainty, @anchor, @derivation)`,
  ).run(mention);
  return Number(result.lastInsertRowid);
}

/** The mentions of an event, oldest article first. */
export function listMentionsOfEvent(db: Db, eventId: number): MentionRow[] {
  return statement<[number], MentionRow>(
    db,
    `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.event_id = ? ORDER BY a.published_at, m.article_id, m.start`,
  ).all(eventId);
}

/** The mentions of many events at once (for export), grouped by the caller. */
export function listMentionsOfEvents(db: Db, eventIds: number[]): MentionRow[] {
  return statement<[string], MentionRow>(
    db,
    `SELECT ${MENTION_COLUMNS} FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.event_id IN (SELECT value FROM json_each(?)) ORDER BY m.event_id, a.published_at, m.start`,
  ).all(JSON.stringify(eventIds));
}

/** Where an article's mentions are, for highlighting them in the reader. */
export function listMentionsInArticle(
  db: Db,
  articleId: number,
): { id: number; eventId: number; start: number; end: number }[] {
  return statement<[number], { id: number; eventId: number; start: number; end: number }>(
    db,
    'SELECT id, event_id AS eventId, start, "end" FROM mentions WHERE article_id = ? ORDER BY start',
  ).all(articleId);
}

/** Moves mentions to another event (merging) and returns how many moved. */
export function moveMentions(db: Db, mentionIds: number[], toEventId: number): number {
  return statement(db, 'UPDATE mentions SET event_id = ? WHERE id IN (SELECT value FROM json_each(?))').run(
    toEventId,
    JSON.stringify(mentionIds),
  ).changes;
}

/** The ids of an event's mentions. */
export function mentionIdsOfEvent(db: Db, eventId: number): number[] {
  return statement<[number], { id: number }>(db, 'SELECT id FROM mentions WHERE event_id = ?')
    .all(eventId)
    .map((row) => row.id);
}

/** Outlets of the articles mentioning each event. */
export function sourcesOfEvents(db: Db, eventIds: number[]): Map<number, string[]> {
  const rows = statement<[string], { eventId: number; source: string }>(
    db,
    `SELECT DISTINCT m.event_id AS eventId, a.source FROM mentions m JOIN articles a ON a.id = m.article_id
     WHERE m.event_id IN (SELECT value FROM json_each(?)) AND a.source IS NOT NULL
     ORDER BY m.event_id, a.published_at`,
  ).all(JSON.stringify(eventIds));
  return groupValues(
    rows,
    (row) => row.eventId,
    (row) => row.source,
  );
}

/** Number of mentions of each event. */
export function mentionCounts(db: Db, eventIds: number[]): Map<number, number> {
  const rows = statement<[string], { eventId: number; n: number }>(
    db,
    `SELECT event_id AS eventId, COUNT(*) AS n FROM mentions
     WHERE event_id IN (SELECT value FROM json_each(?)) GROUP BY event_id`,
  ).all(JSON.stringify(eventIds));
  return new Map(rows.map((row) => [row.eventId, row.n]));
}

/** Groups rows into lists keyed by one of their fields. */
export function groupValues<Row, Value>(
  rows: Row[],
  key: (row: Row) => number,
  value: (row: Row) => Value,
): Map<number, Value[]> {
  const groups = new Map<number, Value[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(value(row));
    else groups.set(key(row), [value(row)]);
  }
  return groups;
}

/** The latest publication date among the articles that mention an event, or null. */
export function latestPublication(db: Db, eventId: number): string | null {
  return (
    statement<[number], { latest: string | null }>(
      db,
      `SELECT MAX(a.published_at) AS latest FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.event_id = ?`,
    ).get(eventId)?.latest ?? null
  );
}

/**
 * The latest publication date among the articles of the given mentions, or null: what an event's
 * latest report was at a point of its merge history, when only some of its mentions count.
 */
export function latestPublicationOfMentions(db: Db, mentionIds: number[]): string | null {
  return (
    statement<[string], { latest: string | null }>(
      db,
      `SELECT MAX(a.published_at) AS latest FROM mentions m JOIN articles a ON a.id = m.article_id
       WHERE m.id IN (SELECT value FROM json_each(?))`,
    ).get(JSON.stringify(mentionIds))?.latest ?? null
  );
}

/** The quotes of the given events' mentions (what merging compares), grouped by event. */
export function quotesOfEvents(db: Db, eventIds: number[]): Map<number, string[]> {
  const rows = statement<[string], { eventId: number; quote: string }>(
    db,
    `SELECT event_id AS eventId, quote FROM mentions WHERE event_id IN (SELECT value FROM json_each(?)) ORDER BY id`,
  ).all(JSON.stringify(eventIds));
  return groupValues(
    rows,
    (row) => row.eventId,
    (row) => row.quote,
  );
}
