/**
 * Source notes: each article that mentions a drawn event gets a number, in order of first
 * appearance along the chart; labels carry their events' numbers and the notes list the articles.
 */
import type { ExportArticle, ExportDocument, ExportEvent } from '../../common/export-document';
import { formatDay } from '../../common/format-date';
import { measureText, wrapText } from '../fonts';
import type { TextRun } from './model';

export interface SourceNote {
  number: number;
  articleId: number;
  /** `Outlet, “Headline”, 7 July 2018` (parts that are unknown are left out). */
  text: string;
}

export interface NoteNumbering {
  notes: SourceNote[];
  /** Note numbers of each event, ascending, by event id. */
  numbersOf: Map<number, number[]>;
}

/** One note's text. */
export function noteText(article: ExportArticle): string {
  const parts: string[] = [];
  if (article.source?.trim()) parts.push(article.source.trim());
  parts.push(`“${article.title.trim() || 'Untitled'}”`);
  if (article.publishedAt && /^\d{4}-\d{2}-\d{2}/u.test(article.publishedAt)) parts.push(formatDay(article.publishedAt));
  return parts.join(', ');
}

/** Numbers the articles of `events`, which must already be in reading order. */
export function numberNotes(doc: ExportDocument, events: ExportEvent[]): NoteNumbering {
  const articles = new Map(doc.articles.map((a) => [a.id, a]));
  const numberOf = new Map<number, number>();
  const notes: SourceNote[] = [];
  const numbersOf = new Map<number, number[]>();
  for (const event of events) {
    const numbers = new Set<number>();
    for (const mention of event.mentions) {
      const article = articles.get(mention.articleId);
      if (!article) continue;
      let number = numberOf.get(article.id);
      if (number === undefined) {
        number = notes.length + 1;
        numberOf.set(article.id, number);
        notes.push({ number, articleId: article.id, text: noteText(article) });
      }
      numbers.add(number);
    }
    numbersOf.set(
      event.id,
      [...numbers].sort((a, b) => a - b),
    );
  }
  return { notes, numbersOf };
}

/**
 * The reference written after a label: `[3]`, `[1, 2]`, runs folded as `[4–7]`, and past four
 * items `[1, 3, 5, 8 +2]` so that a much-cited event keeps a short label.
 */
export function referenceMark(numbers: number[]): string {
  if (numbers.length === 0) return '';
  const items: string[] = [];
  let runStart = numbers[0] ?? 0;
  let previous = runStart;
  const flush = (): void => {
    if (previous - runStart >= 2) items.push(`${runStart}–${previous}`);
    else if (previous > runStart) items.push(String(runStart), String(previous));
    else items.push(String(runStart));
  };
  for (const n of numbers.slice(1)) {
    if (n === previous + 1) {
      previous = n;
      continue;
    }
    flush();
    runStart = n;
    previous = n;
  }
  flush();
  const shown = items.slice(0, 4);
  const more = items.length - shown.length;
  return `[${shown.join(', ')}${more > 0 ? ` +${more}` : ''}]`;
}

const NOTE_SIZE = 10.5;
const NOTE_LINE = 15;
const COLUMN_GAP = 24;
const MIN_COLUMN = 340;

/**
 * Lays notes out from `top` between `left` and `right`: a hanging indent after each number, in
 * up to three balanced columns (read down, then across) when there are more than eight.
 */
export function layoutNotes(
  notes: SourceNote[],
  left: number,
  right: number,
  top: number,
  color: string,
  numberColor: string,
): { lines: TextRun[]; bottom: number } {
  if (notes.length === 0) return { lines: [], bottom: top };
  const width = right - left;
  const columns = notes.length > 8 ? Math.max(1, Math.min(3, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP)))) : 1;
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const indent = measureText(`[${notes.length}]`, NOTE_SIZE) + 8;
  const blocks = notes.map((note) => ({ note, lines: wrapText(note.text, NOTE_SIZE, columnWidth - indent) }));
  const total = blocks.reduce((sum, block) => sum + block.lines.length, 0);
  const target = Math.ceil(total / columns);
  const runs: TextRun[] = [];
  const run = (value: string, x: number, y: number, fill: string): TextRun => ({
    text: value,
    x,
    y,
    size: NOTE_SIZE,
    weight: 'regular',
    color: fill,
    anchor: 'start',
  });
  let column = 0;
  let used = 0;
  let bottom = top;
  for (const block of blocks) {
    // Start the next column once this one holds its share (a note is never split).
    if (used > 0 && used + block.lines.length > target && column < columns - 1) {
      column += 1;
      used = 0;
    }
    const x = left + column * (columnWidth + COLUMN_GAP);
    runs.push(run(`[${block.note.number}]`, x, top + used * NOTE_LINE, numberColor));
    for (const line of block.lines) {
      runs.push(run(line, x + indent, top + used * NOTE_LINE, color));
      used += 1;
    }
    bottom = Math.max(bottom, top + used * NOTE_LINE);
  }
  return { lines: runs, bottom };
}
