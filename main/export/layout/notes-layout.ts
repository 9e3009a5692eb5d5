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
/** Dense charts: narrower columns, up to four, and at most this many lines in each. */
const DENSE_MIN_COLUMN = 260;
const DENSE_LINES = 30;

function columnCount(width: number, minColumn: number, most: number): number {
  return Math.max(1, Math.min(most, Math.floor((width + COLUMN_GAP) / (minColumn + COLUMN_GAP))));
}

/** How many notes a dense chart `width` wide lists: one line each, in its columns. */
export function denseNoteCapacity(width: number): number {
  return columnCount(width, DENSE_MIN_COLUMN, 4) * DENSE_LINES;
}

/**
 * Lays notes out from `top` between `left` and `right`, in up to three balanced columns (read
 * down, then across) when there are more than eight. `dense` charts get up to four narrower
 * columns of one line per note (see `denseNoteCapacity`).
 */
export function layoutNotes(
  notes: SourceNote[],
  left: number,
  right: number,
  top: number,
  color: string,
  numberColor: string,
  dense = false,
): { lines: TextRun[]; bottom: number } {
  if (notes.length === 0) return { lines: [], bottom: top };
  const width = right - left;
  const columns = dense
    ? Math.min(columnCount(width, DENSE_MIN_COLUMN, 4), Math.ceil(notes.length / 8))
    : notes.length > 8
      ? columnCount(width, MIN_COLUMN, 3)
      : 1;
  const columnWidth = (width - (columns - 1) * COLUMN_GAP) / columns;
  const indent = measureText(`[${notes.length}]`, NOTE_SIZE) + 8;
  const room = columnWidth - indent;
  const blocks = notes.map((note) => ({
    note,
    lines: dense ? [denseLine(note, room)] : noteLines(note, room, notes.length > ONE_LINE_ABOVE),
  }));
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

/** One line whatever the room: the headline shortened, or left out when under ~10 letters fit. */
function denseLine(note: SourceNote, room: number): string {
  const rest = measureText(noteText(note, ''), NOTE_SIZE);
  if (room - rest >= NOTE_SIZE * 6) return noteText(note, fitText(note.headline, NOTE_SIZE, room - rest));
  const short = [note.outlet, note.date].filter((part): part is string => Boolean(part)).join(', ');
  return fitText(short || note.headline, NOTE_SIZE, room);
}
