/**
 * Runs event extraction on a parsed article, anchored on its publication date.
 */
import { extractEvents } from '../extract';
import type { ExtractedEvent } from '../extract/types';
import type { ParsedArticle } from './parsed-article';

/**
 * The article's candidate events. Without a publication date nothing anchors "last month", so only
 * events dated by absolute expressions (with their own year) are kept.
 */
export function extractArticleEvents(
  article: ParsedArticle,
  today = new Date().toISOString().slice(0, 10),
): ExtractedEvent[] {
  const publishedAt = article.publishedAt?.slice(0, 10);
  if (publishedAt) return extractEvents({ text: article.text, publishedAt, title: article.title });
  return extractEvents({ text: article.text, publishedAt: today, title: article.title }).filter(
    (event) => event.mention.timex.anchor === undefined,
  );
}
