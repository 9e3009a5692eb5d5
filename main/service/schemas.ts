/**
 * The argument of every API method, as a zod schema. The renderer is untrusted (it shows article
 * text), so main checks each call against these before the service sees it.
 */
import { z } from 'zod';
import type { TimelineMethod } from '../common/api';
import { isIsoDate, isIsoDateOrTime } from '../common/dates';
import { CERTAINTIES, EVENT_STATUSES, GRANULARITIES } from '../common/model';

const isoDate = z.string().refine(isIsoDate, { message: 'must be a real date as YYYY-MM-DD' });
const isoDateOrTime = z.string().refine(isIsoDateOrTime, { message: 'must be a real date as YYYY-MM-DD' });
const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const shortText = z.string().max(500);
const sources = z.array(z.string().max(500)).max(500).optional();

const eventQuery = z
  .object({
    from: isoDate,
    to: isoDate,
    statuses: z.array(z.enum(EVENT_STATUSES)).max(10).optional(),
    certainties: z.array(z.enum(CERTAINTIES)).max(10).optional(),
    sources,
    search: shortText.optional(),
    articleId: id.optional(),
    limit: z.number().int().min(1).max(2000).optional(),
  })
  .strict()
  .refine((query) => query.from <= query.to, { message: '"from" must not be after "to"', path: ['to'] });

const imageRequest = z
  .object({
    format: z.enum(['svg', 'png', 'pdf']),
    from: isoDate.optional(),
    to: isoDate.optional(),
    lanes: z.enum(['none', 'status', 'actor', 'source']).optional(),
    width: z.number().int().min(320).max(10_000).optional(),
    scale: z.union([z.literal(1), z.literal(2), z.literal(3)]).optional(),
    theme: z.enum(['light', 'dark']).optional(),
    title: z.string().max(300).optional(),
    statuses: z.array(z.enum(EVENT_STATUSES)).max(10).optional(),
    certainties: z.array(z.enum(CERTAINTIES)).max(10).optional(),
    sources,
    search: shortText.optional(),
  })
  .strict();

export const METHOD_SCHEMAS = {
  getOverview: z.null().or(z.undefined()),
  listEvents: eventQuery,
  getEvent: z.object({ id }).strict(),
  listArticles: z
    .object({
      search: shortText.optional(),
      sources,
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(5000).optional(),
    })
    .strict(),
  getArticle: z.object({ id }).strict(),
  search: z
    .object({ query: z.string().min(1).max(500), limit: z.number().int().min(1).max(200).optional() })
    .strict(),
  importFiles: z
    .object({
      files: z
        .array(z.object({ name: z.string().min(1).max(1000), data: z.string().max(40_000_000) }).strict())
        .min(1)
        .max(1000),
      published: isoDate.optional(),
      jobId: z.string().max(100).optional(),
    })
    .strict(),
  updateEvent: z
    .object({
      id,
      patch: z
        .object({
          title: z.string().trim().min(1).max(500).optional(),
          description: z.string().max(10_000).optional(),
          start: isoDateOrTime.optional(),
          end: isoDateOrTime.optional(),
          granularity: z.enum(GRANULARITIES).optional(),
          certainty: z.enum(CERTAINTIES).optional(),
          status: z.enum(EVENT_STATUSES).optional(),
        })
        .strict(),
    })
    .strict(),
  undoMerge: z.object({ mergeId: id }).strict(),
  exportImage: imageRequest,
} satisfies Record<TimelineMethod, z.ZodType>;
