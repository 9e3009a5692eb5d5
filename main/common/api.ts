/**
 * The one API between the renderer and the app. Types only: the renderer imports it with
 * `import type`, the service in main/service implements it, and two transports carry it
 * (Electron IPC on `timeline:<method>` channels, and HTTP `POST /api/<method>` for `serve`).
 *
 * Every method takes at most one argument, a plain JSON object, and returns a promise of plain
 * JSON, so both transports can carry it unchanged. Push notifications are named `onDid…`.
 */
import type {
  Certainty,
  DateInterval,
  EventOrigin,
  EventStatus,
  Granularity,
  PublishedSource,
} from './model';

/** A half-open request for the events of a visible window. Dates are ISO `YYYY-MM-DD`. */
export interface EventQuery {
  from: string;
  to: string;
  statuses?: EventStatus[];
  certainties?: Certainty[];
  /** Outlets to keep (article `source`); empty or absent keeps all. */
  sources?: string[];
  /** Full-text query; keeps events that match it or are mentioned in articles that match it. */
  search?: string;
  /** Keep only events mentioned in this article. */
  articleId?: number;
  /** Most events to return; beyond it the answer is aggregated into buckets. Default 400. */
  limit?: number;
}

export interface EventSummary {
  id: number;
  title: string;
  start: string;
  end: string;
  granularity: Granularity;
  certainty: Certainty;
  status: EventStatus;
  origin: EventOrigin;
  actors: string[];
  places: string[];
  /** Outlets of the articles that mention the event. */
  sources: string[];
  mentionCount: number;
}

/** How many events fall in a stretch of time, drawn instead of the events when too many are visible. */
export interface EventBucket {
  start: string;
  end: string;
  count: number;
}

export interface EventWindow {
  events: EventSummary[];
  /** Events in the window matching the filters, drawn or not. */
  total: number;
  /** True when `total` exceeded the limit: `events` is empty and `buckets` hold the counts. */
  aggregated: boolean;
  buckets: EventBucket[];
}

export interface MentionDetails {
  id: number;
  eventId: number;
  articleId: number;
  articleTitle: string;
  source: string | null;
  publishedAt: string | null;
  /** The sentence that reports the event, and its offsets in the article's plain text. */
  quote: string;
  start: number;
  end: number;
  timex: { text: string; value: string; type: string; start: number; end: number } | null;
  /** This mention's own reading of the date (the event keeps the most precise). */
  interval: DateInterval;
  /** How the date was derived, in words: `"last month", in an article of 7 July 2018 → June 2018`. */
  derivation: string;
}

export interface MergeRecord {
  id: number;
  /** The event that was folded into this one (gone unless the merge is undone). */
  mergedTitle: string;
  reason: string;
  createdAt: string;
  undone: boolean;
}

export interface EventDetails extends EventSummary {
  description: string;
  tags: string[];
  mentions: MentionDetails[];
  merges: MergeRecord[];
  createdAt: string;
  updatedAt: string;
}

export interface ArticleQuery {
  search?: string;
  sources?: string[];
  from?: string;
  to?: string;
  limit?: number;
}

export interface ArticleSummary {
  id: number;
  title: string;
  source: string | null;
  author: string | null;
  url: string | null;
  publishedAt: string | null;
  publishedSource: PublishedSource;
  file: string | null;
  eventCount: number;
}

export interface ArticleDetails extends ArticleSummary {
  language: string | null;
  text: string;
  /** Sanitized HTML when the article came from HTML; render it only through the reader's sanitizer. */
  html: string | null;
  mentions: { id: number; eventId: number; start: number; end: number }[];
}

export interface Overview {
  articleCount: number;
  eventCount: number;
  /** First and last publication dates, or null when the library is empty. */
  publishedRange: { from: string; to: string } | null;
  /** The window to open on: the publication period with a margin. */
  initialWindow: { from: string; to: string };
  sources: string[];
  databasePath: string;
  version: string;
}

/** A run of snippet text; `match` marks the words the query found. */
export interface SnippetPart {
  text: string;
  match: boolean;
}

export interface SearchResults {
  articles: {
    id: number;
    title: string;
    source: string | null;
    publishedAt: string | null;
    snippet: SnippetPart[];
  }[];
  events: { id: number; title: string; start: string; end: string; snippet: SnippetPart[] }[];
}

export interface ImportFile {
  name: string;
  /** File content, base64. */
  data: string;
}

export interface ImportFailure {
  file: string;
  reason: string;
}

export interface ImportSummary {
  /** Articles stored. */
  added: number;
  /** Files whose content was already stored. */
  duplicates: number;
  /** Events new to the library (reports of known events are folded into them). */
  events: number;
  /** Dated sentences found: every one is a mention of a new or a known event. */
  mentions: number;
  failures: ImportFailure[];
  articleIds: number[];
}

export interface ImportProgress {
  jobId: string;
  done: number;
  total: number;
  current: string;
}

export interface EventPatch {
  title?: string;
  description?: string;
  start?: string;
  end?: string;
  granularity?: Granularity;
  certainty?: Certainty;
  status?: EventStatus;
}

export type ImageFormat = 'svg' | 'png' | 'pdf';
export type LaneMode = 'none' | 'status' | 'actor' | 'source';
export type Theme = 'light' | 'dark';

export interface ImageExportRequest {
  format: ImageFormat;
  from?: string;
  to?: string;
  lanes?: LaneMode;
  width?: number;
  scale?: number;
  theme?: Theme;
  title?: string;
  statuses?: EventStatus[];
  certainties?: Certainty[];
  sources?: string[];
  search?: string;
}

export interface ExportedFile {
  fileName: string;
  mimeType: string;
  /** base64 of the file. */
  data: string;
}

export type Unsubscribe = () => void;

export interface TimelineApi {
  /** Counts, the publication period and the window a first view should show. */
  getOverview(): Promise<Overview>;
  /** Events overlapping a window, filtered; aggregated into buckets when more than `limit`. */
  listEvents(query: EventQuery): Promise<EventWindow>;
  /** One event with its mentions, derivations and merge history; null when it does not exist. */
  getEvent(request: { id: number }): Promise<EventDetails | null>;
  /** Articles, newest first, with their event counts. */
  listArticles(query: ArticleQuery): Promise<ArticleSummary[]>;
  /** One article with its text, sanitized HTML and mention offsets; null when it does not exist. */
  getArticle(request: { id: number }): Promise<ArticleDetails | null>;
  /** Full-text search over articles and events, with highlighted snippets. Rejects malformed queries. */
  search(request: { query: string; limit?: number }): Promise<SearchResults>;
  /** Imports file contents (as the browser and drag-and-drop give them). Reports progress on onDidImportProgress. */
  importFiles(request: { files: ImportFile[]; published?: string; jobId?: string }): Promise<ImportSummary>;
  /** Corrects an event; the change marks it as edited by the user. */
  updateEvent(request: { id: number; patch: EventPatch }): Promise<EventDetails>;
  /** Undoes a merge: the folded event comes back with its mentions. */
  undoMerge(request: { mergeId: number }): Promise<EventDetails>;
  /** Draws the timeline as an image file (the same drawing as the command line's export). */
  exportImage(request: ImageExportRequest): Promise<ExportedFile>;
  /** Subscribes to import progress. */
  onDidImportProgress(listener: (progress: ImportProgress) => void): Unsubscribe;
}

/** The request-response methods, the ones both transports carry as calls. */
export type TimelineMethod = Exclude<keyof TimelineApi, `onDid${string}`>;
