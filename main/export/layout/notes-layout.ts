/**
 * Lays the numbered source notes out under the chart: a hanging indent after each number, in
 * balanced columns when there are many, and one line each (headline shortened) past a few dozen.
 */
import { fitText, measureText, wrapText } from '../fonts';
import type { TextRun } from './model';
import { noteText } from './notes';
import type { SourceNote } from './notes';

const NOTE_SIZE = 10.5;
const NOTE_LINE = 15;
const COLUMN_GAP = 24;
const MIN_COLUMN = 340;
/** Past this many notes each gets one line, its headline shortened to fit. */
const ONE_LINE_ABOVE = 40;

/**
 * Lays notes out from `top` between `left` and `right`, in up to three balanced columns (read
 * down, then across) when there are more than eight.
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
  const columns =
    notes.length > 8
      ? Math.max(1, Math.min(3, Math.floor((width + COLUMN_GAP) / (MIN_COLUMN + COLUMN_GAP))))
      : 1;
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const indent = measureText(`[${notes.length}]`, NOTE_SIZE) + 8;
  const room = columnWidth - indent;
  const blocks = notes.map((note) => ({ note, lines: noteLines(note, room, notes.length > ONE_LINE_ABOVE) }));
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

function noteLines(note: SourceNote, room: number, oneLine: boolean): string[] {
  if (oneLine) {
    const rest = measureText(noteText(note, ''), NOTE_SIZE);
    // Shorten the headline, never the outlet or the date, unless it would keep under ~10 letters.
    if (room - rest >= NOTE_SIZE * 6) return [noteText(note, fitText(note.headline, NOTE_SIZE, room - rest))];
  }
  return wrapText(note.text, NOTE_SIZE, room);
}
