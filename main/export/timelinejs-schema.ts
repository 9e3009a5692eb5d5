/**
 * The TimelineJS JSON structure (https://timeline.knightlab.com/docs/json-format.html) as types
 * and zod schemas. Date parts are numbers when we write them; on reading, numeric strings (what
 * Google Sheets exports produce) and empty strings are accepted too.
 */
import { z } from 'zod';
import { CERTAINTIES, EVENT_STATUSES, GRANULARITIES } from '../common/model';

// "" means absent in spreadsheet-made files; "7" means 7.
const datePart = z.preprocess(
  (value) =>
    value === '' || value === null ? undefined : typeof value === 'string' ? Number(value.trim()) : value,
  z.number().int().optional(),
);

const dateSchema = z.object({
  year: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : value),
    z.number({ error: 'a year is required (a whole number)' }).int(),
  ),
  month: datePart.pipe(z.number().int().min(1).max(12).optional()),
  day: datePart.pipe(z.number().int().min(1).max(31).optional()),
  hour: datePart.pipe(z.number().int().min(0).max(23).optional()),
  minute: datePart.pipe(z.number().int().min(0).max(59).optional()),
  second: datePart,
  millisecond: datePart,
  display_date: z.string().optional(),
});

const textSchema = z.object({ headline: z.string().optional(), text: z.string().optional() });

const slideSchema = z.object({
  start_date: dateSchema,
  end_date: dateSchema.optional(),
  text: textSchema.optional(),
  group: z.string().optional(),
  display_date: z.string().optional(),
  unique_id: z.string().optional(),
});

const eraSchema = z.object({ start_date: dateSchema, end_date: dateSchema, text: textSchema.optional() });

const timelineSchema = z.object({
  title: z.object({ text: textSchema.optional() }).optional(),
  events: z.array(slideSchema, { error: 'a TimelineJS document needs an "events" array' }),
  eras: z.array(eraSchema).optional(),
  scale: z.enum(['human', 'cosmological']).optional(),
});

export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
  second?: number;
  millisecond?: number;
  display_date?: string;
}

export interface TimelineJsText {
  headline?: string;
  text?: string;
}

export interface TimelineJsSlide {
  start_date: TimelineJsDate;
  end_date?: TimelineJsDate;
  text?: TimelineJsText;
  /** Slides with the same group share a row, labelled with it. We write the status here by default. */
  group?: string;
  display_date?: string;
  unique_id?: string;
}

export interface TimelineJsEra {
  start_date: TimelineJsDate;
  end_date: TimelineJsDate;
  text?: TimelineJsText;
}

export interface TimelineJsDocument {
  title?: { text?: TimelineJsText };
  events: TimelineJsSlide[];
  eras?: TimelineJsEra[];
  scale?: 'human' | 'cosmological';
}

const isoDate = z.string().regex(/^-?\d{4,}-\d{2}-\d{2}(T\d{2}:\d{2})?$/u);

/** The event data we hide in a slide's HTML comment, to read it back exactly. */
export const eventMetaSchema = z.object({
  v: z.literal(1),
  event: z.object({
    id: z.number().int(),
    title: z.string(),
    description: z.string(),
    start: isoDate,
    end: isoDate,
    granularity: z.enum(GRANULARITIES),
    certainty: z.enum(CERTAINTIES),
    status: z.enum(EVENT_STATUSES),
    actors: z.array(z.string()),
    places: z.array(z.string()),
    tags: z.array(z.string()),
    mentions: z.array(
      z.object({
        articleId: z.number().int(),
        quote: z.string(),
        start: z.number().int(),
        end: z.number().int(),
        timex: z.object({ text: z.string(), value: z.string() }).nullable(),
        derivation: z.string().optional(),
      }),
    ),
  }),
  articles: z.array(
    z.object({
      id: z.number().int(),
      title: z.string(),
      source: z.string().nullable(),
      author: z.string().nullable(),
      url: z.string().nullable(),
      publishedAt: z.string().nullable(),
      file: z.string().nullable(),
    }),
  ),
});

export type EventMeta = z.infer<typeof eventMetaSchema>;

/** Validates a parsed JSON value as TimelineJS; throws an Error listing the first problems by path. */
export function parseTimelineJs(json: unknown): TimelineJsDocument {
  const result = timelineSchema.safeParse(json);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.map(String).join('.') || '(document)';
    return `${path}: ${issue.message}`;
  });
  const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
  throw new Error(`Not a valid TimelineJS document: ${problems.join('; ')}${more}`);
}
