/**
 * Storing an export document (ours, or a TimelineJS file read into one): its articles, then its
 * events with their mentions, all in one transaction. Articles and events already stored are skipped.
 */
import {
  articles as articleQueries,
  entities as entityQueries,
  events as eventQueries,
  mentions as mentionQueries,
  type Db,
} from '../../db';
import type { ExportArticle, ExportDocument, ExportEvent } from '../common/export-document';
import { linkEntities } from './merge-events';
import { contentHash } from './store-article';

export interface DocumentOutcome {
  added: number;
  duplicates: number;
  events: number;
  mentions: number;
  articleIds: number[];
}

/** Stores a validated document. */
export function storeDocument(db: Db, document: ExportDocument, fileName: string): DocumentOutcome {
  return db.transaction((): DocumentOutcome => {
    const outcome: DocumentOutcome = { added: 0, duplicates: 0, events: 0, mentions: 0, articleIds: [] };
    const articleIds = new Map<number, number>();
    for (const article of document.articles) {
      const text = article.text ?? textFromQuotes(document, article.id);
      const hash = contentHash(article.title, text);
      const existing = articleQueries.findArticleIdByHash(db, hash);
      if (existing !== undefined) {
        outcome.duplicates += 1;
        articleIds.set(article.id, existing);
        continue;
      }
      const id = articleQueries.insertArticle(db, {
        title: article.title,
        source: article.source,
        author: article.author,
        url: article.url,
        publishedAt: article.publishedAt,
        publishedSource: article.publishedAt ? 'metadata' : 'unknown',
        language: null,
        text,
        html: null,
        contentHash: hash,
        fileName: article.file ?? fileName,
      });
      articleIds.set(article.id, id);
      outcome.added += 1;
      outcome.articleIds.push(id);
    }
    for (const event of document.events) {
      if (!storeDocumentEvent(db, event, articleIds, document)) continue;
      outcome.events += 1;
      outcome.mentions += event.mentions.length;
    }
    return outcome;
  })();
}

/** Stores one event unless an identical one (same title, dates and cited sentences) is stored. */
function storeDocumentEvent(
  db: Db,
  event: ExportEvent,
  articleIds: Map<number, number>,
  document: ExportDocument,
): boolean {
  const mentions = event.mentions.map((mention) => ({
    ...mention,
    articleId: articleIds.get(mention.articleId) ?? -1,
  }));
  if (isStored(db, event, mentions)) return false;
  const eventId = eventQueries.insertEvent(db, {
    title: event.title,
    description: event.description,
    start: event.start,
    end: event.end,
    granularity: event.granularity,
    certainty: event.certainty,
    status: event.status,
    origin: 'extracted',
  });
  for (const mention of mentions) {
    const located = locateQuote(db, mention.articleId, mention.quote, mention.start, mention.end);
    mentionQueries.insertMention(db, {
      eventId,
      articleId: mention.articleId,
      start: located.start,
      end: located.end,
      quote: mention.quote,
      timexText: mention.timex?.text ?? null,
      timexValue: mention.timex?.value ?? null,
      timexType: null,
      timexStart: null,
      timexEnd: null,
      dateStart: event.start,
      dateEnd: event.end,
      granularity: event.granularity,
      certainty: event.certainty,
      anchor: null,
      derivation:
        mention.derivation ?? `as dated in the imported file ${articleFile(document, mention.articleId)}`,
    });
  }
  linkEntities(
    db,
    eventId,
    [
      ...event.actors.map((name) => ({ name, kind: 'person' as const, role: 'actor' as const })),
      ...event.places.map((name) => ({ name, kind: 'place' as const, role: 'place' as const })),
    ],
    0,
  );
  event.tags.forEach((tag) => entityQueries.tagEvent(db, eventId, tag));
  return true;
}

function isStored(
  db: Db,
  event: ExportEvent,
  mentions: { articleId: number; start: number; end: number }[],
): boolean {
  const candidates = eventQueries
    .listAllEventsAt(db, event.start, event.end)
    .filter((row) => row.title === event.title && row.status === event.status);
  if (candidates.length === 0) return false;
  if (mentions.length === 0) return true;
  const stored = mentionQueries.listMentionsOfEvents(
    db,
    candidates.map((row) => row.id),
  );
  return mentions.every((mention) =>
    stored.some(
      (row) => row.articleId === mention.articleId && row.start === mention.start && row.end === mention.end,
    ),
  );
}

/** The quote's offsets in the stored text: as given when they match, else where the quote is found. */
function locateQuote(
  db: Db,
  articleId: number,
  quote: string,
  start: number,
  end: number,
): { start: number; end: number } {
  const text = articleQueries.getArticle(db, articleId)?.text ?? '';
  if (text.slice(start, end) === quote) return { start, end };
  const found = text.indexOf(quote);
  return found >= 0 ? { start: found, end: found + quote.length } : { start: 0, end: 0 };
}

/** An article known only through quotes (a document without texts) keeps its quotes as its text. */
function textFromQuotes(document: ExportDocument, articleId: number): string {
  const quotes = document.events.flatMap((event) =>
    event.mentions.filter((mention) => mention.articleId === articleId).map((mention) => mention.quote),
  );
  const article = document.articles.find((candidate: ExportArticle) => candidate.id === articleId);
  return [...new Set(quotes)].join('\n\n') || (article?.title ?? '');
}

function articleFile(document: ExportDocument, articleId: number): string {
  return document.articles.find((article) => article.id === articleId)?.file ?? 'document';
}
