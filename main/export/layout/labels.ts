/**
 * Collision-free label placement within one lane. Each event occupies its mark plus its label;
 * it goes in the first row where that box is free, label right of the mark if possible, else left
 * of it. Rows keep their occupied intervals sorted, so each check is a binary search: placing n
 * labels costs O(n · rows · log n) instead of comparing every pair.
 */
import { fitText, measureText } from '../fonts';

export interface LabelRequest {
  id: number;
  /** Horizontal extent of the mark, in pixels. */
  markStart: number;
  markEnd: number;
  title: string;
  /** Note reference written after the title, e.g. `[1, 2]`; may be empty. */
  reference: string;
  /** Higher goes first when rows are capped (dense charts); 0 by default. */
  priority?: number;
}

export type LabelSide = 'right' | 'left' | 'over';

export interface PlacedLabel {
  id: number;
  row: number;
  side: LabelSide;
  /** Left edge of the label text. */
  x: number;
  /** The title as drawn: shortened with an ellipsis when it had to be. */
  title: string;
  /** Width of the title part alone (for the strike-through of cancelled events). */
  titleWidth: number;
  /** Full label text: title, a space, the reference. */
  text: string;
  width: number;
}

export interface LabelStyle {
  fontSize: number;
  /** Space between a mark and its label. */
  gap: number;
  /** Least horizontal space between two items sharing a row. */
  spacing: number;
  /** Widest a label may be before it is shortened. */
  maxWidth: number;
}

interface Candidate {
  side: LabelSide;
  x: number;
  start: number;
  end: number;
}

/** A row's occupied intervals, disjoint and sorted by start (so ends are sorted too). */
export type Row = { start: number; end: number }[];

/** Whether `[start, end)` is free in `row`. */
export function isFree(row: Row, start: number, end: number): boolean {
  let low = 0;
  let high = row.length;
  // First interval ending after `start`: the only one that can overlap a box starting there.
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((row[mid]?.end ?? 0) <= start) low = mid + 1;
    else high = mid;
  }
  const hit = row[low];
  return !hit || hit.start >= end;
}

/** Marks `[start, end)` as taken in `row` (it must be free). */
export function occupy(row: Row, start: number, end: number): void {
  let low = 0;
  let high = row.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if ((row[mid]?.start ?? 0) < start) low = mid + 1;
    else high = mid;
  }
  row.splice(low, 0, { start, end });
}

function labelText(title: string, reference: string): string {
  return reference ? `${title} ${reference}` : title;
}

/** Shortens the title until title + reference fit `room`. */
function fitLabel(request: LabelRequest, room: number, style: LabelStyle): { title: string; text: string } {
  const suffix = request.reference ? ` ${request.reference}` : '';
  const title = fitText(request.title, style.fontSize, room - measureText(suffix, style.fontSize));
  return { title, text: labelText(title, request.reference) };
}

/** Limits for dense charts: labels that do not fit are returned unplaced, to be drawn as marks. */
export interface LabelLimits {
  /** Most rows the lane may use. */
  maxRows: number;
  /** Asked once a free spot is found; false leaves the request unplaced (e.g. no room left for notes). */
  admit?: (request: LabelRequest) => boolean;
}

/**
 * Places the labels of one lane between `left` and `right` (the plot edges) and returns them with
 * the number of rows used (at least one). Without `limits` every label is placed, in as many rows
 * as needed; with them, by priority, and the ones that do not fit come back in `unplaced`.
 */
export function placeLabels(
  requests: LabelRequest[],
  left: number,
  right: number,
  style: LabelStyle,
  limits?: LabelLimits,
): { placed: PlacedLabel[]; rows: number; unplaced: LabelRequest[] } {
  const sorted = [...requests].sort(
    (a, b) => (b.priority ?? 0) - (a.priority ?? 0) || a.markStart - b.markStart || a.id - b.id,
  );
  const unplaced: LabelRequest[] = [];
  const rows: Row[] = [];
  const placed: PlacedLabel[] = [];
  const half = style.spacing / 2;
  for (const request of sorted) {
    let { title, text } = fitLabel(request, style.maxWidth, style);
    let width = measureText(text, style.fontSize);
    const candidates: Candidate[] = [];
    const rightX = request.markEnd + style.gap;
    const leftX = request.markStart - style.gap - width;
    if (rightX + width <= right)
      candidates.push({ side: 'right', x: rightX, start: request.markStart, end: rightX + width });
    if (leftX >= left) candidates.push({ side: 'left', x: leftX, start: leftX, end: request.markEnd });
    if (candidates.length === 0) {
      // Neither side has room (a mark near both edges, or a bar spanning the chart): shorten the
      // label to the wider side, or lay it over the bar on a backing when even that is too narrow.
      const roomRight = right - rightX;
      const roomLeft = request.markStart - style.gap - left;
      const room = Math.max(roomRight, roomLeft);
      if (room >= style.fontSize * 6) {
        ({ title, text } = fitLabel(request, room, style));
        width = measureText(text, style.fontSize);
        if (roomRight >= roomLeft)
          candidates.push({ side: 'right', x: rightX, start: request.markStart, end: rightX + width });
        else
          candidates.push({
            side: 'left',
            x: request.markStart - style.gap - width,
            start: request.markStart - style.gap - width,
            end: request.markEnd,
          });
      } else {
        const x = Math.max(left, request.markStart + style.gap);
        ({ title, text } = fitLabel(request, right - x, style));
        width = measureText(text, style.fontSize);
        candidates.push({
          side: 'over',
          x,
          start: Math.min(request.markStart, x),
          end: Math.max(request.markEnd, x + width),
        });
      }
    }
    let chosen: { row: number; candidate: Candidate } | null = null;
    for (let r = 0; r < rows.length && !chosen; r += 1) {
      const row = rows[r] as Row;
      const fit = candidates.find((c) => isFree(row, c.start - half, c.end + half));
      if (fit) chosen = { row: r, candidate: fit };
    }
    if (!chosen && rows.length < (limits?.maxRows ?? Infinity))
      chosen = { row: rows.length, candidate: candidates[0] as Candidate };
    if (!chosen || (limits?.admit && !limits.admit(request))) {
      unplaced.push(request);
      continue;
    }
    if (chosen.row === rows.length) rows.push([]);
    const { row, candidate } = chosen;
    occupy(rows[row] as Row, candidate.start - half, candidate.end + half);
    placed.push({
      id: request.id,
      row,
      side: candidate.side,
      x: candidate.x,
      title,
      titleWidth: measureText(title, style.fontSize),
      text,
      width,
    });
  }
  return { placed, rows: Math.max(1, rows.length), unplaced };
}

/**
 * `label` with a new note reference (dense charts renumber their notes after placement). The title
 * is refitted to the room the label already holds, so it never grows into a neighbour; in the rare
 * case the reference alone does not fit, it is left out.
 */
export function withReference(
  label: PlacedLabel,
  fullTitle: string,
  reference: string,
  style: LabelStyle,
): PlacedLabel {
  let { title, text } = fitLabel(
    { id: label.id, markStart: 0, markEnd: 0, title: fullTitle, reference },
    label.width,
    style,
  );
  let width = measureText(text, style.fontSize);
  if (width > label.width + 1e-6) {
    title = fitText(fullTitle, style.fontSize, label.width);
    text = title;
    width = measureText(text, style.fontSize);
  }
  // A label left of its mark keeps its right edge next to the mark.
  const x = label.side === 'left' ? label.x + label.width - width : label.x;
  return { ...label, x, title, text, width, titleWidth: measureText(title, style.fontSize) };
}
