/**
 * The JSON export document, version 1. A public contract: scripts and other tools read it, and
 * `import` reads it back. Extend only compatibly (new optional fields), never rename or remove.
 */
import type { Certainty, EventStatus, Granularity } from './model';

export interface ExportArticle {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  /** The file name the article was imported from. */
  file: string | null;
  /** Extension: the article's plain text, so that an export re-imports whole. */
  text?: string;
}

export interface ExportMention {
  articleId: number;
  quote: string;
  /** Offsets of the quote in the article's plain text. */
  start: number;
  end: number;
  timex: { text: string; value: string } | null;
  /** Extension: how the date was derived, in words. */
  derivation?: string;
}

export interface ExportEvent {
  id: number;
  title: string;
  description: string;
  /** ISO `YYYY-MM-DD`, with a time (`YYYY-MM-DDTHH:MM`) where known; `end` is inclusive. */
  start: string;
  end: string;
  granularity: Granularity;
  certainty: Certainty;
  status: EventStatus;
  actors: string[];
  places: string[];
  tags: string[];
  mentions: ExportMention[];
}

export interface ExportDocument {
  version: 1;
  articles: ExportArticle[];
  events: ExportEvent[];
}
