/**
 * Reading our own JSON export document (version 1) back in, validated field by field.
 */
import { z } from 'zod';
import { isIsoDateOrTime } from '../../common/dates';
import { CERTAINTIES, EVENT_STATUSES, GRANULARITIES } from '../../common/model';
import type { ExportDocument } from '../../common/export-document';
import { ImportError } from '../errors';

const isoDate = z.string().refine(isIsoDateOrTime, { message: 'not a real ISO date (YYYY-MM-DD)' });

const articleSchema = z.object({
  id: z.number().int(),
  title: z.string().min(1).max(2000),
  source: z.string().nullable().default(null),
  author: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  publishedAt: isoDate.nullable().default(null),
  file: z.string().nullable().default(null),
  text: z.string().optional(),
});

const mentionSchema = z.object({
  articleId: z.number().int(),
  quote: z.string().min(1),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  timex: z.object({ text: z.string(), value: z.string() }).nullable().default(null),
  derivation: z.string().optional(),
});

const eventSchema = z
  .object({
    id: z.number().int(),
    title: z.string().min(1).max(2000),
    description: z.string().default(''),
    start: isoDate,
    end: isoDate,
    granularity: z.enum(GRANULARITIES),
    certainty: z.enum(CERTAINTIES),
    status: z.enum(EVENT_STATUSES),
    actors: z.array(z.string()).default([]),
    places: z.array(z.string()).default([]),
    tags: z.array(z.string()).default([]),
    mentions: z.array(mentionSchema).default([]),
  })
  .refine((event) => event.start.slice(0, 10) <= event.end.slice(0, 10), {
    message: 'the event ends before it starts',
    path: ['end'],
  });

const documentSchema = z.object({
  version: z.literal(1),
  articles: z.array(articleSchema),
  events: z.array(eventSchema),
});

/** Whether parsed JSON claims to be our export document. */
export function isExportDocument(value: unknown): boolean {
  return (
    typeof value === 'object' &&
    value !== null &&
    'version' in value &&
    'events' in value &&
    'articles' in value
  );
}

/** Validates an export document, naming the first problem and where it is. */
export function parseExportDocument(value: unknown): ExportDocument {
  const result = documentSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue?.path.length ? issue.path.join('.') : 'the document';
    throw new ImportError(`not a valid Timeline Explorer export: ${where}: ${issue?.message ?? 'invalid'}`);
  }
  const document = result.data as ExportDocument;
  const articleIds = new Set(document.articles.map((article) => article.id));
  for (const event of document.events) {
    for (const mention of event.mentions) {
      if (!articleIds.has(mention.articleId)) {
        throw new ImportError(
          `not a valid Timeline Explorer export: event ${event.id} cites article ${mention.articleId}, which is not in the document`,
        );
      }
    }
  }
  return document;
}
