/**
 * Source notes: each article that mentions a drawn event gets a number, in order of first
 * appearance along the chart; labels carry their events' numbers and the notes list the articles.
 */
import type { ExportArticle, ExportDocument, ExportEvent } from '../../common/export-document';
import { formatDay } from '../../common/format-date';

export interface SourceNote {
  number: number;
  articleId: number;
  outlet: string | null;
  headline: string;
  /** Publication day in words, when known. */
  date: string | null;
  /** `Outlet, “Headline”, 7 July 2018` (parts that are unknown are left out). */
  text: string;
}

export interface NoteNumbering {
  notes: SourceNote[];
  /** Note numbers of each event, ascending, by event id. */
  numbersOf: Map<number, number[]>;
}

/** A note's text from its parts, with `headline` in place of the note's own when given. */
export function noteText(
  note: Pick<SourceNote, 'outlet' | 'headline' | 'date'>,
  headline = note.headline,
): string {
  return [note.outlet, `“${headline}”`, note.date].filter((part): part is string => Boolean(part)).join(', ');
}

function noteOf(article: ExportArticle, number: number): SourceNote {
  const parts = {
    outlet: article.source?.trim() || null,
    headline: article.title.trim() || 'Untitled',
    date:
      article.publishedAt && /^\d{4}-\d{2}-\d{2}/u.test(article.publishedAt)
        ? formatDay(article.publishedAt)
        : null,
  };
  return { number, articleId: article.id, ...parts, text: noteText(parts) };
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
        notes.push(noteOf(article, number));
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
