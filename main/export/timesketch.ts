/**
 * Timesketch export (JSONL): one line per timestamp, carrying Timesketch's three required fields
 * (`message`, `datetime` in ISO 8601 with zone, `timestamp_desc`) plus our own. An event gives a
 * line for its start and, for a range, one for its end; each article gives its publication.
 */
import type { ExportDocument, ExportEvent } from '../common/export-document';
import { exclusiveEnd, hasTime, toMs } from './dates';

/** `2018-06-12T00:00:00+00:00` for an ISO date or date-time without zone. */
export function timesketchDatetime(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/u, '+00:00');
}

function eventLine(
  event: ExportEvent,
  outletOf: Map<number, { source: string | null; url: string | null }>,
  edge: 'start' | 'end' | 'only',
): string {
  const at =
    edge === 'end'
      ? hasTime(event.end)
        ? toMs(event.end)
        : exclusiveEnd(event.end) - 1000
      : toMs(event.start);
  const quote = event.mentions[0]?.quote ?? '';
  const sources = [
    ...new Set(event.mentions.map((m) => outletOf.get(m.articleId)?.source?.trim()).filter(Boolean)),
  ];
  const url = event.mentions.map((m) => outletOf.get(m.articleId)?.url).find((u) => u) ?? '';
  const descriptions = { start: 'Event start', end: 'Event end', only: 'Event date' } as const;
  return JSON.stringify({
    message: quote ? `${event.title} — “${quote}”` : event.title,
    datetime: timesketchDatetime(at),
    // Microseconds since the epoch, as Timesketch stores them.
    timestamp: at * 1000,
    timestamp_desc: descriptions[edge],
    data_type: 'timeline_explorer:event',
    event_id: event.id,
    title: event.title,
    start: event.start,
    end: event.end,
    granularity: event.granularity,
    certainty: event.certainty,
    status: event.status,
    actors: event.actors.join('; '),
    places: event.places.join('; '),
    tags: event.tags.join('; '),
    source: sources.join('; '),
    url,
    mentions: event.mentions.length,
  });
}

/** The document as Timesketch JSONL (one JSON object per line, newline-terminated). */
export function toTimesketchJsonl(doc: ExportDocument): string {
  const outletOf = new Map(doc.articles.map((a) => [a.id, { source: a.source, url: a.url }]));
  const lines: string[] = [];
  for (const event of doc.events) {
    const single = event.start === event.end && (event.granularity === 'day' || event.granularity === 'time');
    if (single) lines.push(eventLine(event, outletOf, 'only'));
    else lines.push(eventLine(event, outletOf, 'start'), eventLine(event, outletOf, 'end'));
  }
  for (const article of doc.articles) {
    if (!article.publishedAt || !/^\d{4}-\d{2}-\d{2}/u.test(article.publishedAt)) continue;
    lines.push(
      JSON.stringify({
        message: `${article.source ? `${article.source}: ` : ''}${article.title}`,
        datetime: timesketchDatetime(toMs(article.publishedAt)),
        timestamp: toMs(article.publishedAt) * 1000,
        timestamp_desc: 'Article published',
        data_type: 'timeline_explorer:article',
        article_id: article.id,
        source: article.source ?? '',
        url: article.url ?? '',
        file: article.file ?? '',
      }),
    );
  }
  return lines.map((line) => `${line}\n`).join('');
}
