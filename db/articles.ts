/**
 * Queries on the articles table.
 */
import type { PublishedSource } from '../main/common/model';
import type { Db } from './connection';
import { statement } from './statements';

export interface NewArticle {
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedSource: PublishedSource;
  language: string | null;
  text: string;
  html: string | null;
  contentHash: string;
  fileName: string | null;
}

export interface ArticleRow extends NewArticle {
  id: number;
  importedAt: string;
  eventCount: number;
}

const ARTICLE_COLUMNS = `
  a.id, a.title, a.source, a.author, a.url, a.published_at AS publishedAt, a.published_source AS publishedSource,
  a.language, a.text, a.html, a.content_hash AS contentHash, a.file_name AS fileName, a.imported_at AS importedAt,
  (SELECT COUNT(DISTINCT m.event_id) FROM mentions m WHERE m.article_id = a.id) AS eventCount`;

/** Stores an article and returns its id. The caller checks the content hash first. */
export function insertArticle(db: Db, article: NewArticle, importedAt = new Date().toISOString()): number {
  const result = statement(
    db,
    `INSERT INTO articles (title, source, author, url, published_at, published_source, language, text, html,
       content_hash, file_name, imported_at)
     VALUES (@title, @source, @author, @url, @publishedAt, @publishedSource, @language, @text, @html,
       @contentHash, @fileName, @importedAt)`,
  ).run({ ...article, importedAt });
  return Number(result.lastInsertRowid);
}

/** The id of the article with this content hash, if one is stored. */
export function findArticleIdByHash(db: Db, contentHash: string): number | undefined {
  const row = statement<[string], { id: number }>(db, 'SELECT id FROM articles WHERE content_hash = ?').get(
    contentHash,
  );
  return row?.id;
}

/** One article, or undefined. */
export function getArticle(db: Db, id: number): ArticleRow | undefined {
  return statement<[number], ArticleRow>(db, `SELECT ${ARTICLE_COLUMNS} FROM articles a WHERE a.id = ?`).get(
    id,
  );
}

export interface ArticleFilter {
  sources: string[] | null;
  from: string | null;
  to: string | null;
  /** FTS5 query over title, text and source. */
  search: string | null;
  articleIds: number[] | null;
  limit: number;
}

/** Articles matching the filter, newest first. */
export function listArticles(db: Db, filter: ArticleFilter): ArticleRow[] {
  return statement<[Record<string, unknown>], ArticleRow>(
    db,
    `SELECT ${ARTICLE_COLUMNS} FROM articles a
     WHERE (@sources IS NULL OR a.source IN (SELECT value FROM json_each(@sources)))
       AND (@from IS NULL OR a.published_at >= @from)
       AND (@to IS NULL OR substr(a.published_at, 1, 10) <= @to)
       AND (@search IS NULL OR a.id IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH @search))
       AND (@ids IS NULL OR a.id IN (SELECT value FROM json_each(@ids)))
     ORDER BY a.published_at DESC, a.id DESC
     LIMIT @limit`,
  ).all({
    sources: filter.sources ? JSON.stringify(filter.sources) : null,
    from: filter.from,
    to: filter.to,
    search: filter.search,
    ids: filter.articleIds ? JSON.stringify(filter.articleIds) : null,
    limit: filter.limit,
  });
}

/** Every article, oldest first, for export. */
export function listAllArticles(db: Db): ArticleRow[] {
  return statement<[], ArticleRow>(
    db,
    `SELECT ${ARTICLE_COLUMNS} FROM articles a ORDER BY a.published_at, a.id`,
  ).all();
}

/** How many articles are stored. */
export function countArticles(db: Db): number {
  return statement<[], { n: number }>(db, 'SELECT COUNT(*) AS n FROM articles').get()?.n ?? 0;
}

/** First and last publication dates, ignoring articles without one. */
export function publicationRange(db: Db): { from: string; to: string } | null {
  const row = statement<[], { from: string | null; to: string | null }>(
    db,
    `SELECT MIN(substr(published_at, 1, 10)) AS "from", MAX(substr(published_at, 1, 10)) AS "to"
     FROM articles WHERE published_at IS NOT NULL`,
  ).get();
  return row?.from && row.to ? { from: row.from, to: row.to } : null;
}

/** Publication dates (YYYY-MM-DD), sorted, for choosing a first view that ignores outliers. */
export function publicationDates(db: Db): string[] {
  return statement<[], { date: string }>(
    db,
    `SELECT substr(published_at, 1, 10) AS date FROM articles WHERE published_at IS NOT NULL ORDER BY date`,
  )
    .all()
    .map((row) => row.date);
}

/** The distinct outlets, alphabetically. */
export function listSources(db: Db): string[] {
  return statement<[], { source: string }>(
    db,
    'SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source COLLATE NOCASE',
  )
    .all()
    .map((row) => row.source);
}
