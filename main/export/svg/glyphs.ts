/**
 * Text as outlines, for rasterising only. resvg shapes and outlines every glyph of every `<text>`
 * anew (about 30 µs a glyph: two seconds for a 1,000-event chart). Here each glyph is outlined
 * once, in relative path commands, and a text run becomes one `<path>` that strings its glyphs
 * together: resvg reads that many times faster. The exported SVG keeps real `<text>`; this form
 * only feeds the PNG renderer.
 */
import type { FontWeight } from '../fonts';
import { glyphOutline, layoutGlyphs } from '../fonts';
import type { TextRun } from '../layout/model';
import { attrs, num } from './xml';

/** A glyph outline at one size: where its first point is, then relative commands from there. */
interface RelativeGlyph {
  startX: number;
  startY: number;
  rest: string;
}

const round = (value: number): number => Math.round(value * 100) / 100;

/**
 * The outline of a glyph at `size` pixels, y down. Coordinates are rounded before deltas are
 * taken, so the relative steps add up exactly and the contours close where they began.
 */
function relativeGlyph(id: number, size: number, weight: FontWeight): RelativeGlyph | null {
  const { commands, unitsPerEm } = glyphOutline(id, weight);
  if (commands.length === 0) return null;
  const scale = size / unitsPerEm;
  let x = 0;
  let y = 0;
  let subpathX = 0;
  let subpathY = 0;
  let startX = 0;
  let startY = 0;
  let rest = '';
  // In a relative curve every control point is relative to the segment's start, not to the
  // point before it; x and y hold that start until the segment is done.
  const step = (args: number[]): string => {
    let out = '';
    for (let i = 0; i < args.length; i += 2) {
      const px = round((args[i] ?? 0) * scale);
      const py = round(-(args[i + 1] ?? 0) * scale);
      out += `${i === 0 ? '' : ' '}${num(px - x)} ${num(py - y)}`;
    }
    return out;
  };
  commands.forEach((command, index) => {
    const args = command.args;
    const endX = round((args[args.length - 2] ?? 0) * scale);
    const endY = round(-(args[args.length - 1] ?? 0) * scale);
    switch (command.command) {
      case 'moveTo':
        if (index === 0) {
          startX = endX;
          startY = endY;
        } else rest += `m${num(endX - x)} ${num(endY - y)}`;
        subpathX = endX;
        subpathY = endY;
        break;
      case 'lineTo':
        rest += `l${num(endX - x)} ${num(endY - y)}`;
        break;
      case 'quadraticCurveTo':
        rest += `q${step(args)}`;
        break;
      case 'bezierCurveTo':
        rest += `c${step(args)}`;
        break;
      case 'closePath':
        rest += 'z';
        x = subpathX;
        y = subpathY;
        return;
    }
    x = endX;
    y = endY;
  });
  return { startX, startY, rest };
}

export interface GlyphWriter {
  /** A `<path>` drawing `run` as glyph outlines. */
  text(run: TextRun, className?: string): string;
}

/** A writer that outlines each glyph once per size and weight. */
export function createGlyphWriter(): GlyphWriter {
  // Outlines by font (weight and size), then by glyph id.
  const fonts = new Map<string, Map<number, RelativeGlyph | null>>();
  return {
    text(run, className) {
      const { glyphs, width } = layoutGlyphs(run.text, run.size, run.weight);
      const originX = run.x - (run.anchor === 'middle' ? width / 2 : run.anchor === 'end' ? width : 0);
      const fontKey = `${run.weight} ${run.size}`;
      let cache = fonts.get(fontKey);
      if (!cache) {
        cache = new Map();
        fonts.set(fontKey, cache);
      }
      let d = '';
      for (const glyph of glyphs) {
        let outline = cache.get(glyph.id);
        if (outline === undefined) {
          outline = relativeGlyph(glyph.id, run.size, run.weight);
          cache.set(glyph.id, outline);
        }
        // Blank glyphs (spaces) have no outline: nothing to draw.
        if (outline)
          d += `M${num(originX + glyph.x + outline.startX)} ${num(run.y + outline.startY)}${outline.rest}`;
      }
      return d ? `<path${attrs({ class: className, fill: run.color, d })}/>` : '';
    },
  };
}
