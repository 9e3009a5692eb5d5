/**
 * CSV export: one row per event, RFC 4180 (CRLF, fields quoted when needed, quotes doubled), and
 * safe to open in a spreadsheet: cells that would start a formula are prefixed with `'`.
 */
import type { ExportDocument, ExportEvent } from '../common/export-document';

/** Column names, in order. */
export const CSV_COLUMNS = [
  'id',
  'title',
  'start',
  'end',
  'granularity',
  'certainty',
  'status',
  'actors',
  'places',
  'tags',
  'sources',
  'mentions',
  'first_quote',
] as const;

// A spreadsheet evaluates a cell starting with these as a formula (CSV injection); tab and
// carriage return are in OWASP's list too, since some programs strip them before parsing.
const FORMULA_START = /^[=+\-@\t\r]/u;

/** One cell, neutralised against formulas and quoted when RFC 4180 requires it. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/u.test(text) ? `"${text.replace(/"/gu, '""')}"` : text;
}

function outlets(event: ExportEvent, outletOf: Map<number, string | null>): string[] {
  const seen = new Set<string>();
  for (const mention of event.mentions) {
    const outlet = outletOf.get(mention.articleId)?.trim();
    if (outlet) seen.add(outlet);
  }
  return [...seen];
}

/** The events of `doc` as CSV text with a header row. `bom` prepends U+FEFF, which Excel needs to read UTF-8. */
export function toCsv(doc: ExportDocument, options: { bom?: boolean } = {}): string {
  const outletOf = new Map(doc.articles.map((a) => [a.id, a.source]));
  const rows: (string | number)[][] = [[...CSV_COLUMNS]];
  for (const event of doc.events) {
    rows.push([
      event.id,
      event.title,
      event.start,
      event.end,
      event.granularity,
      event.certainty,
      event.status,
      event.actors.join('; '),
      event.places.join('; '),
      event.tags.join('; '),
      outlets(event, outletOf).join('; '),
      event.mentions.length,
      event.mentions[0]?.quote ?? '',
    ]);
  }
  const body = rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
  return options.bom ? `\uFEFF${body}` : body;
}
