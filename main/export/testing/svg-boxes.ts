/**
 * Reads back an exported SVG the way a checker would: each event group's label box (from its
 * `<text>` x, y, font-size and `measureText`) and mark box. Used by the SVG tests and the bench.
 */
import { JSDOM } from 'jsdom';
import { measureText } from '../fonts';

export interface Box {
  eventId: string;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** Parses an SVG as XML; throws when it is not well-formed. */
export function parseSvg(svg: string): Document {
  const dom = new JSDOM(svg, { contentType: 'image/svg+xml' });
  const document = dom.window.document;
  if (document.getElementsByTagName('parsererror').length > 0) throw new Error('SVG is not well-formed XML');
  return document;
}

function number(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  if (!Number.isFinite(value)) throw new Error(`<${element.tagName}> has no numeric ${name}`);
  return value;
}

/**
 * The label box of every labelled event group: baseline minus ascent to baseline plus descent.
 * Only groups marked `data-label="none"` (dense charts) may lack a label.
 */
export function labelBoxes(document: Document): Box[] {
  return [...document.querySelectorAll('g.event:not([data-label="none"])')].map((group) => {
    const text = group.querySelector('text.event-label');
    if (!text) throw new Error('event group without a label');
    const x = number(text, 'x');
    const y = number(text, 'y');
    const size = number(text, 'font-size');
    return {
      eventId: group.getAttribute('data-event-id') ?? '',
      left: x,
      right: x + measureText(text.textContent ?? '', size),
      top: y - size * 0.93,
      bottom: y + size * 0.24,
    };
  });
}

/** The mark box of every event group (its circle or rect). */
export function markBoxes(document: Document): Box[] {
  return [...document.querySelectorAll('g.event')].map((group) => {
    const eventId = group.getAttribute('data-event-id') ?? '';
    const circle = group.querySelector('circle');
    if (circle) {
      const [cx, cy, r] = [number(circle, 'cx'), number(circle, 'cy'), number(circle, 'r')];
      return { eventId, left: cx - r, right: cx + r, top: cy - r, bottom: cy + r };
    }
    const rect = group.querySelector('rect');
    if (!rect) throw new Error('event group without a mark');
    const [x, y] = [number(rect, 'x'), number(rect, 'y')];
    return { eventId, left: x, right: x + number(rect, 'width'), top: y, bottom: y + number(rect, 'height') };
  });
}

/** Pairs of boxes that overlap (touching edges do not count). Sorted sweep over `left`. */
export function overlaps(boxes: Box[]): [Box, Box][] {
  const sorted = [...boxes].sort((a, b) => a.left - b.left);
  const found: [Box, Box][] = [];
  const active: Box[] = [];
  for (const box of sorted) {
    for (let i = active.length - 1; i >= 0; i -= 1)
      if ((active[i]?.right ?? 0) <= box.left) active.splice(i, 1);
    for (const other of active) {
      if (other.top < box.bottom && box.top < other.bottom) found.push([other, box]);
    }
    active.push(box);
  }
  return found;
}
