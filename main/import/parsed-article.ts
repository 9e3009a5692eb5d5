/**
 * An article as a format parser hands it to the importer, before it is stored.
 */
import type { PublishedSource } from '../common/model';

export interface ParsedArticle {
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  /** `YYYY-MM-DD` or an ISO date-time, when known. */
  publishedAt: string | null;
  publishedSource: PublishedSource;
  language: string | null;
  text: string;
  /** Sanitized HTML, for articles that came as HTML. */
  html: string | null;
}
