/**
 * Full-text search (FTS5) over articles and events, with snippets whose matches are marked.
 */
import type { Db } from './connection';
import { statement } from './statements';

// Control characters never survive import (the importer strips them), so they can mark matches.
export const MATCH_START = '\u0001';
export const MATCH_END = '\u0002';

/** A search query that FTS5 cannot parse; the message is one line, fit for a user. */
export class SearchSyntaxError extends Error {
  constructor(query: string, detail: string) {
    super(`Malformed search query ${JSON.stringify(query)}: ${detail.replace(/^fts5: /, '')}`);
    this.name = 'SearchSyntaxError';
  }
}

/** Throws SearchSyntaxError when FTS5 rejects the query. */
export function checkSearchQuery(db: Db, query: string): void {
  try {
    statement(db, 'SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? LIMIT 1').all(query);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    throw new SearchSyntaxError(query, message);
  }
}

export interface ArticleHit {
  id: number;
  title: string;
  source: string | null;
  publishedAt: string | null;
  snippet: string;
}

export interface EventHit {
  id: number;
  title: string;
  start: string;
  end: string;
  snippet: string;
}

/** Articles matching an FTS5 query, best first, with a marked snippet of their text. */
export function searchArticles(db: Db, query: string, limit: number): ArticleHit[] {
  checkSearchQuery(db, query);
  return statement<[string, string, string, number], ArticleHit>(
    db,
    `SELECT a.id, a.title, a.source, a.published_at AS publishedAt,
       snippet(articles_fts, 1, ?, ?, '…', 16) AS snippet
     FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
     WHERE articles_fts MATCH ? ORDER BY bm25(articles_fts, 5.0, 1.0, 2.0) LIMIT ?`,
  ).all(MATCH_START, MATCH_END, query, limit);
}

/** Events matching an FTS5 query by title or description, best first, with a marked title. */
export function searchEvents(db: Db, query: string, limit: number): EventHit[] {
  checkSearchQuery(db, query);
  return statement<[string, string, string, number], EventHit>(
    db,
    `SELECT e.id, e.title, e.start, e."end", highlight(events_fts, 0, ?, ?) AS snippet
     FROM events_fts JOIN events e ON e.id = events_fts.rowid
     WHERE events_fts MATCH ? ORDER BY bm25(events_fts), e.start_ms LIMIT ?`,
  ).all(MATCH_START, MATCH_END, query, limit);
}

/** Splits a marked snippet into runs of plain and matched text. */
export function splitSnippet(snippet: string): { text: string; match: boolean }[] {
  const parts: { text: string; match: boolean }[] = [];
  let rest = snippet;
  while (rest.length > 0) {
    const open = rest.indexOf(MATCH_START);
    if (open < 0) {
      parts.push({ text: rest, match: false });
      break;
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), match: false });
    const close = rest.indexOf(MATCH_END, open + 1);
    const end = close < 0 ? rest.length : close;
    parts.push({ text: rest.slice(open + 1, end), match: true });
    rest = close < 0 ? '' : rest.slice(close + 1);
  }
  return parts.filter((part) => part.text.length > 0);
}
