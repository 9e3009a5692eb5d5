/**
 * The SVG painter: turns the layout model into a standalone SVG document. Every event is a
 * `<g data-event-id>` holding a `<title>` with its full title, its mark and its label.
 */
import type { ExportDocument } from '../../common/export-document';
import { measureText } from '../fonts';
import { computeTimelineLayout } from '../layout/timeline';
import type { BareMark, EventMark, TextRun, TimelineLayout } from '../layout/model';
import type { TimelineImageOptions } from '../types';
import { createGlyphWriter } from './glyphs';
import { hatchPatterns, markSvg } from './marks';
import { attrs, escapeXml, num } from './xml';

type TextPainter = (run: TextRun, className?: string) => string;

export interface SvgPaintOptions {
  /**
   * Draw text as glyph outlines instead of `<text>`: for rasterising with resvg only (much
   * faster, same pixels). The exported SVG keeps real, selectable text.
   */
  outlineText?: boolean;
}

function textElement(run: TextRun, className?: string): string {
  return `<text${attrs({
    class: className,
    x: run.x,
    y: run.y,
    'font-size': run.size,
    'font-weight': run.weight === 'bold' ? 'bold' : undefined,
    fill: run.color,
    'text-anchor': run.anchor === 'start' ? undefined : run.anchor,
  })}>${escapeXml(run.text)}</text>`;
}

function axisSvg(layout: TimelineLayout, text: TextPainter): string {
  const { axis, plot, palette } = layout;
  const parts: string[] = [];
  for (const { x } of axis.major) {
    parts.push(
      `<line${attrs({ x1: x, y1: axis.y, x2: x, y2: axis.bottom, stroke: palette.grid, 'stroke-width': 1 })}/>`,
    );
  }
  // Minor ticks are many: one path instead of an element each.
  if (axis.minor.length > 0) {
    const d = axis.minor.map((x) => `M${num(x)} ${num(axis.y - 3)}V${num(axis.y)}`).join('');
    parts.push(`<path${attrs({ d, stroke: palette.axis, 'stroke-width': 0.75 })}/>`);
  }
  for (const { x, label } of axis.major) {
    parts.push(
      `<line${attrs({ x1: x, y1: axis.y - 6, x2: x, y2: axis.y, stroke: palette.axis, 'stroke-width': 1 })}/>`,
    );
    parts.push(text(label, 'tick-label'));
  }
  for (const y of [axis.y, axis.bottom]) {
    parts.push(
      `<line${attrs({ x1: plot.left, y1: y, x2: plot.right, y2: y, stroke: palette.axis, 'stroke-width': 1 })}/>`,
    );
  }
  return `<g class="axis">${parts.join('')}</g>`;
}

function lanesSvg(layout: TimelineLayout, text: TextPainter): string {
  const parts = layout.lanes.map((lane) => {
    const band = lane.shaded
      ? `<rect${attrs({ x: layout.title.x, y: lane.top, width: layout.plot.right - layout.title.x, height: lane.height, fill: layout.palette.band })}/>`
      : '';
    return band + (lane.label ? text(lane.label, 'lane-label') : '');
  });
  return `<g class="lanes">${parts.join('')}</g>`;
}

function labelSvg(mark: EventMark, layout: TimelineLayout, color: string, text: TextPainter | null): string {
  const { label } = mark;
  const { muted } = layout.palette;
  if (!text) {
    const reference = label.reference
      ? ` <tspan${attrs({ fill: muted })}>${escapeXml(label.reference)}</tspan>`
      : '';
    return `<text${attrs({ class: 'event-label', x: label.x, y: label.y, 'font-size': label.size, fill: color })}>${escapeXml(label.title)}${reference}</text>`;
  }
  const base = { y: label.y, size: label.size, weight: 'regular' as const, anchor: 'start' as const };
  let out = text({ ...base, text: label.title, x: label.x, color }, 'event-label');
  if (label.reference) {
    out += text({
      ...base,
      text: label.reference,
      x: label.x + measureText(`${label.title} `, label.size),
      color: muted,
    });
  }
  return out;
}

function eventSvg(mark: EventMark, layout: TimelineLayout, outlined: TextPainter | null): string {
  const { palette } = layout;
  const { label } = mark;
  const color = mark.status === 'cancelled' ? palette.muted : palette.text;
  let out = `<g${attrs({ class: 'event', 'data-event-id': mark.eventId, 'data-status': mark.status, 'data-certainty': mark.certainty })}>`;
  out += `<title>${escapeXml(mark.tooltip)}</title>`;
  out += markSvg(mark, layout.pointRadius, layout.barHeight, palette);
  if (label.side === 'over') {
    // A label laid over its own bar sits on a backing so it stays legible.
    out += `<rect${attrs({ x: label.x - 2, y: label.y - label.size, width: label.width + 4, height: label.size * 1.3, rx: 2, fill: palette.background, 'fill-opacity': 0.85 })}/>`;
  }
  out += labelSvg(mark, layout, color, outlined);
  if (mark.status === 'cancelled') {
    const y = label.y - label.size * 0.3;
    out += `<line${attrs({ x1: label.x, y1: y, x2: label.x + label.titleWidth, y2: y, stroke: color, 'stroke-width': 1 })}/>`;
  }
  return `${out}</g>`;
}

/** An event drawn without a label (dense charts): its group says so, and holds its title. */
function bareEventSvg(mark: BareMark, layout: TimelineLayout): string {
  return (
    `<g${attrs({ class: 'event', 'data-event-id': mark.eventId, 'data-status': mark.status, 'data-certainty': mark.certainty, 'data-label': 'none' })}>` +
    `<title>${escapeXml(mark.tooltip)}</title>${markSvg(mark, layout.pointRadius, layout.barHeight, layout.palette)}</g>`
  );
}

/** Paints a computed layout as an SVG document. */
export function paintSvg(layout: TimelineLayout, options: SvgPaintOptions = {}): string {
  const { palette } = layout;
  const glyphs = options.outlineText ? createGlyphWriter() : null;
  const text: TextPainter = glyphs ? glyphs.text : textElement;
  const legend =
    layout.legend.swatches
      .map((swatch) =>
        markSvg({ ...swatch, x2: swatch.x + swatch.width }, layout.pointRadius, layout.barHeight, palette),
      )
      .join('') + layout.legend.texts.map((run) => text(run)).join('');
  const notes = [layout.notes.heading, ...layout.notes.lines]
    .filter((run): run is TextRun => run !== null)
    .map((run) => text(run))
    .join('');
  const body =
    `<g class="heading">${text(layout.title, 'title')}${text(layout.subtitle, 'subtitle')}</g>` +
    `<g class="legend">${legend}</g>` +
    lanesSvg(layout, text) +
    axisSvg(layout, text) +
    `<g class="events">${layout.marks.map((mark) => eventSvg(mark, layout, glyphs ? text : null)).join('')}${layout.unlabelled.map((mark) => bareEventSvg(mark, layout)).join('')}</g>` +
    `<g class="notes">${notes}</g>` +
    text(layout.footer, 'footer');
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width: layout.width,
      height: layout.height,
      viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
      'font-family': layout.fontFamily,
    })}>` +
    `<title>${escapeXml(layout.title.text)}</title>` +
    `<defs>${hatchPatterns(palette)}</defs>` +
    `<rect${attrs({ width: '100%', height: '100%', fill: palette.background })}/>` +
    body +
    `</svg>\n`
  );
}

/** Renders `doc` as a standalone SVG timeline (see `TimelineImageOptions`). */
export function renderTimelineSvg(
  doc: ExportDocument,
  options: TimelineImageOptions,
  paint: SvgPaintOptions = {},
): string {
  return paintSvg(computeTimelineLayout(doc, options), paint);
}
