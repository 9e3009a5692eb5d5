/**
 * Knight Lab TimelineJS JSON: export, and import back. Each event is a slide whose `text.text`
 * shows its quotes and sources, and also carries the event itself in an HTML comment
 * (`<!-- timeline-explorer {…} -->`), invisible in TimelineJS, so that a round trip keeps dates,
 * granularity, certainty, status, actors and mentions exactly. Slides from other tools import
 * from their visible fields: headline, dates, and `group` when it names a status.
 */
import type { LaneMode } from '../common/api';
import type { ExportArticle, ExportDocument, ExportEvent } from '../common/export-document';
import type { Certainty, Granularity } from '../common/model';
import { EVENT_STATUSES } from '../common/model';
import { formatDay, formatInterval } from '../common/format-date';
import { MONTH_NAMES, toMs } from './dates';
import { STATUS_LABELS } from './layout/theme';
import { eventMetaSchema, parseTimelineJs } from './timelinejs-schema';
import type { EventMeta, TimelineJsDate, TimelineJsDocument, TimelineJsSlide } from './timelinejs-schema';

export type { TimelineJsDate, TimelineJsDocument, TimelineJsEra, TimelineJsSlide } from './timelinejs-schema';

const META_PREFIX = 'timeline-explorer';
const META_PATTERN = /<!--\s*timeline-explorer\s+([\s\S]*?)-->/u;

function escapeHtml(value: string): string {
  return value.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');
}

/** Plain text of a bit of TimelineJS HTML: tags and comments dropped, entities decoded. */
export function htmlToText(html: string): string {
  return html
    .replace(/<!--[\s\S]*?-->/gu, '')
    .replace(/<br\s*\/?>|<\/p>/giu, '\n')
    .replace(/<[^>]*>/gu, '')
    .replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/giu, (_, entity: string) => {
      const lower = entity.toLowerCase();
      if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
      if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
      return { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' }[lower] ?? '';
    })
    .replace(/[ \t]+/gu, ' ')
    .replace(/\s*\n\s*/gu, '\n')
    .trim();
}

function dateParts(iso: string): { year: number; month: number; day: number; hour: number; minute: number } {
  const date = new Date(toMs(iso));
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  };
}

/** A TimelineJS date as precise as the granularity: a month is `{year, month}`, a year `{year}`. */
function toTimelineJsDate(iso: string, granularity: Granularity): TimelineJsDate {
  const { year, month, day, hour, minute } = dateParts(iso);
  switch (granularity) {
    case 'time':
      return { year, month, day, hour, minute };
    case 'month':
      return { year, month };
    case 'year':
    case 'decade':
      return { year };
    default:
      return { year, month, day };
  }
}

function slideText(event: ExportEvent, articles: Map<number, ExportArticle>): string {
  const parts: string[] = [];
  if (event.description.trim()) parts.push(`<p>${escapeHtml(event.description.trim())}</p>`);
  for (const mention of event.mentions) {
    const article = articles.get(mention.articleId);
    let cite = '';
    if (article) {
      const headline = article.url
        ? `<a href="${escapeHtml(article.url)}">${escapeHtml(article.title)}</a>`
        : escapeHtml(article.title);
      const bits = [article.source ? `<cite>${escapeHtml(article.source)}</cite>` : '', `“${headline}”`];
      if (article.publishedAt) bits.push(escapeHtml(formatDay(article.publishedAt)));
      cite = ` — ${bits.filter(Boolean).join(', ')}`;
    }
    parts.push(`<blockquote>“${escapeHtml(mention.quote)}”${cite}</blockquote>`);
  }
  const meta: EventMeta = {
    v: 1,
    event: { ...event, mentions: event.mentions },
    articles: [...new Set(event.mentions.map((m) => m.articleId))]
      .map((id) => articles.get(id))
      .filter((a): a is ExportArticle => a !== undefined)
      // The plain text would bloat every slide; the export document is the place for it.
      .map(({ text: _text, ...rest }) => rest),
  };
  // "--" may not appear inside an HTML comment; in JSON it can only occur within a string,
  // where the escape \u002d reads back as the same hyphen.
  const json = JSON.stringify(meta).replace(/--/gu, '-\\u002d');
  parts.push(`<!-- ${META_PREFIX} ${json} -->`);
  return parts.join('');
}

function groupOf(
  event: ExportEvent,
  lanes: LaneMode,
  articles: Map<number, ExportArticle>,
): string | undefined {
  switch (lanes) {
    case 'none':
      return undefined;
    case 'actor':
      return event.actors[0] ?? 'No actor named';
    case 'source': {
      const first = event.mentions[0];
      return (first && articles.get(first.articleId)?.source) || 'Unknown outlet';
    }
    default:
      return STATUS_LABELS[event.status];
  }
}

/** One era per month the events span, or per year past two years: the reader's landmarks. */
function eras(events: ExportEvent[]): TimelineJsDocument['eras'] {
  if (events.length === 0) return undefined;
  const first = new Date(Math.min(...events.map((e) => toMs(e.start))));
  const last = new Date(Math.max(...events.map((e) => toMs(e.end))));
  const startMonth = first.getUTCFullYear() * 12 + first.getUTCMonth();
  const endMonth = last.getUTCFullYear() * 12 + last.getUTCMonth();
  const byYear = endMonth - startMonth >= 24;
  const list: NonNullable<TimelineJsDocument['eras']> = [];
  for (let m = byYear ? startMonth - (startMonth % 12) : startMonth; m <= endMonth; m += byYear ? 12 : 1) {
    const year = Math.floor(m / 12);
    const month = (m % 12) + 1;
    if (byYear) list.push({ start_date: { year }, end_date: { year }, text: { headline: String(year) } });
    else
      list.push({
        start_date: { year, month },
        end_date: { year, month },
        text: { headline: `${MONTH_NAMES[month - 1]} ${year}` },
      });
  }
  return list;
}

/**
 * The document as TimelineJS JSON. `group` follows the lane mode (status by default); the event's
 * status, dates and mentions travel in `text.text` as described above; `unique_id` is `event-<id>`.
 */
export function toTimelineJs(
  doc: ExportDocument,
  options: { title?: string; lanes?: LaneMode } = {},
): TimelineJsDocument {
  const articles = new Map(doc.articles.map((a) => [a.id, a]));
  const lanes = options.lanes ?? 'status';
  const events: TimelineJsSlide[] = doc.events.map((event) => {
    const slide: TimelineJsSlide = {
      start_date: toTimelineJsDate(event.start, event.granularity),
      text: { headline: escapeHtml(event.title), text: slideText(event, articles) },
      display_date: formatInterval(event, { withCertainty: true }),
      unique_id: `event-${event.id}`,
    };
    const end = toTimelineJsDate(event.end, event.granularity);
    if (JSON.stringify(end) !== JSON.stringify(slide.start_date)) slide.end_date = end;
    const group = groupOf(event, lanes, articles);
    if (group !== undefined) slide.group = group;
    return slide;
  });
  const count = `${doc.events.length} events from ${doc.articles.length} articles`;
  return {
    title: {
      text: {
        headline: escapeHtml(options.title ?? 'Timeline'),
        text: `<p>${count}, exported by Timeline Explorer.</p>`,
      },
    },
    events,
    eras: eras(doc.events),
    scale: 'human',
  };
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function isoOf(date: TimelineJsDate, edge: 'start' | 'end'): { iso: string; granularity: Granularity } {
  const { year } = date;
  const yyyy = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  if (date.month === undefined) {
    return { iso: edge === 'start' ? `${yyyy}-01-01` : `${yyyy}-12-31`, granularity: 'year' };
  }
  if (date.day === undefined) {
    const lastDay = new Date(Date.UTC(year, date.month, 0)).getUTCDate();
    return {
      iso: `${yyyy}-${pad(date.month)}-${edge === 'start' ? '01' : pad(lastDay)}`,
      granularity: 'month',
    };
  }
  const day = `${yyyy}-${pad(date.month)}-${pad(date.day)}`;
  if (date.hour === undefined) return { iso: day, granularity: 'day' };
  return { iso: `${day}T${pad(date.hour)}:${pad(date.minute ?? 0)}`, granularity: 'time' };
}

function statusOfGroup(group: string | undefined): ExportEvent['status'] {
  const lower = group?.trim().toLowerCase();
  return EVENT_STATUSES.find((s) => s === lower) ?? 'occurred';
}

function fromVisible(slide: TimelineJsSlide, id: number): ExportEvent {
  const start = isoOf(slide.start_date, 'start');
  const end = isoOf(slide.end_date ?? slide.start_date, 'end');
  const certainty: Certainty = 'exact';
  return {
    id,
    title: htmlToText(slide.text?.headline ?? '') || 'Untitled event',
    description: htmlToText(slide.text?.text ?? ''),
    start: start.iso,
    end: end.iso < start.iso ? start.iso : end.iso,
    granularity: start.granularity,
    certainty,
    status: statusOfGroup(slide.group),
    actors: [],
    places: [],
    tags: [],
    mentions: [],
  };
}

/**
 * Reads a TimelineJS JSON document (already parsed from JSON) into an export document. Throws an
 * Error naming the first problems (e.g. `events.2.start_date.year: …`) when it is not TimelineJS.
 */
export function fromTimelineJs(json: unknown): ExportDocument {
  const timeline = parseTimelineJs(json);
  const articles = new Map<number, ExportArticle>();
  const events: ExportEvent[] = [];
  const usedIds = new Set<number>();
  timeline.events.forEach((slide, index) => {
    const raw = META_PATTERN.exec(slide.text?.text ?? '')?.[1];
    let meta: EventMeta | null = null;
    if (raw) {
      try {
        const parsed = eventMetaSchema.safeParse(JSON.parse(raw));
        if (parsed.success) meta = parsed.data;
      } catch {
        // A damaged comment: fall back to what the slide shows.
      }
    }
    if (meta) {
      for (const article of meta.articles) if (!articles.has(article.id)) articles.set(article.id, article);
      events.push({ ...meta.event, title: htmlToText(slide.text?.headline ?? '') || meta.event.title });
    } else {
      events.push(fromVisible(slide, index + 1));
    }
  });
  // Slides from other tools get numbered ids; keep them clear of ids carried in metadata.
  for (const event of events) {
    if (usedIds.has(event.id)) event.id = Math.max(...usedIds) + 1;
    usedIds.add(event.id);
  }
  return { version: 1, articles: [...articles.values()], events };
}
