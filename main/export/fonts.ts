/**
 * The shipped font (DejaVu Sans, open licence) and text measurement from its real glyph advances,
 * so that the layout reserves exactly the room that resvg and pdfkit will draw into.
 */
import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import type { Font, PathCommand } from 'fontkit';

export type FontWeight = 'regular' | 'bold';

/** The family name written in SVG `font-family` and registered with the renderers. */
export const FONT_FAMILY = 'DejaVu Sans';

const FONT_FILES: Record<FontWeight, string> = {
  regular: 'dejavu-fonts-ttf/ttf/DejaVuSans.ttf',
  bold: 'dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf',
};

// Resolved at run time rather than bundled: the TTFs live in node_modules both in development
// and inside the packaged app, and require.resolve finds them in either. `__filename` exists in
// every way this code runs (tsx, the CommonJS bundles, vitest).
const requireFromHere: NodeJS.Require = createRequire(__filename);

/** Absolute path of the TTF for a weight. */
export function fontPath(weight: FontWeight = 'regular'): string {
  return requireFromHere.resolve(FONT_FILES[weight]);
}

/** Both TTF paths, regular first: what resvg and pdfkit load. */
export function fontPaths(): string[] {
  return [fontPath('regular'), fontPath('bold')];
}

interface Metrics {
  font: Font;
  unitsPerEm: number;
  /** Glyph id and advance by code point. */
  glyphs: Map<number, { id: number; advance: number }>;
  /** Kerning/ligature correction by pair, keyed `first * 0x110000 + second` (cheaper than strings). */
  pairs: Map<number, number>;
}

const metrics = new Map<FontWeight, Metrics>();

function metricsFor(weight: FontWeight): Metrics {
  let found = metrics.get(weight);
  if (!found) {
    const opened = fontkit.openSync(fontPath(weight));
    if (!('layout' in opened)) throw new Error(`${fontPath(weight)} is a font collection, expected one font`);
    found = { font: opened, unitsPerEm: opened.unitsPerEm, glyphs: new Map(), pairs: new Map() };
    metrics.set(weight, found);
  }
  return found;
}

function glyphOf(m: Metrics, codePoint: number): { id: number; advance: number } {
  let glyph = m.glyphs.get(codePoint);
  if (glyph === undefined) {
    const found = m.font.glyphForCodePoint(codePoint);
    glyph = { id: found.id, advance: found.advanceWidth };
    m.glyphs.set(codePoint, glyph);
  }
  return glyph;
}

function advance(m: Metrics, codePoint: number): number {
  return glyphOf(m, codePoint).advance;
}

// Shaping a whole string with fontkit costs ~0.1 ms; a thousand labels, truncated by bisection,
// would cost seconds. Kerning and ligatures act on neighbouring pairs, so the width is the sum of
// advances plus a per-pair correction, each pair shaped once and remembered.
function pairCorrection(m: Metrics, first: number, second: number): number {
  const key = first * 0x110000 + second;
  let correction = m.pairs.get(key);
  if (correction === undefined) {
    const pair = String.fromCodePoint(first, second);
    correction = m.font.layout(pair).advanceWidth - advance(m, first) - advance(m, second);
    m.pairs.set(key, correction);
  }
  return correction;
}

/**
 * Width in pixels of `text` set in DejaVu Sans at `fontSize` pixels, from the font's advance
 * widths with kerning. Layout and tests both use it, so label boxes are what gets drawn.
 */
export function measureText(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const m = metricsFor(weight);
  let units = 0;
  let previous = -1;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    units += advance(m, codePoint);
    if (previous >= 0) units += pairCorrection(m, previous, codePoint);
    previous = codePoint;
  }
  return (units / m.unitsPerEm) * fontSize;
}

/** A glyph of a laid-out run: its id in the font and its pen position in pixels from the run start. */
export interface PlacedGlyph {
  id: number;
  x: number;
}

/**
 * The glyphs of `text` with their positions, by the same advances and pair corrections as
 * `measureText` (so an outlined run is exactly as wide as measured). Ligatures are not
 * substituted: their width is honoured, their shape is the plain letters'.
 */
export function layoutGlyphs(
  text: string,
  fontSize: number,
  weight: FontWeight = 'regular',
): { glyphs: PlacedGlyph[]; width: number } {
  const m = metricsFor(weight);
  const scale = fontSize / m.unitsPerEm;
  const glyphs: PlacedGlyph[] = [];
  let units = 0;
  let previous = -1;
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (previous >= 0) units += pairCorrection(m, previous, codePoint);
    const glyph = glyphOf(m, codePoint);
    glyphs.push({ id: glyph.id, x: units * scale });
    units += glyph.advance;
    previous = codePoint;
  }
  return { glyphs, width: units * scale };
}

/** Outline commands of a glyph in font units (y up), with the font's units per em. */
export function glyphOutline(
  id: number,
  weight: FontWeight = 'regular',
): { commands: PathCommand[]; unitsPerEm: number } {
  const m = metricsFor(weight);
  return { commands: m.font.getGlyph(id).path.commands, unitsPerEm: m.unitsPerEm };
}

/** Width of `text` as fontkit shapes it in full: the reference `measureText` approximates. */
export function shapedWidth(text: string, fontSize: number, weight: FontWeight = 'regular'): number {
  const m = metricsFor(weight);
  return (m.font.layout(text).advanceWidth / m.unitsPerEm) * fontSize;
}

/**
 * `text` shortened with an ellipsis so it fits `maxWidth`; unchanged when it already fits.
 * Cuts at a word boundary when one is near, so labels do not end mid-word.
 */
export function fitText(
  text: string,
  fontSize: number,
  maxWidth: number,
  weight: FontWeight = 'regular',
): string {
  if (measureText(text, fontSize, weight) <= maxWidth) return text;
  const chars = Array.from(text);
  let low = 0;
  let high = chars.length;
  // Largest prefix whose ellipsized form fits.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    const candidate = chars.slice(0, mid).join('').trimEnd() + '…';
    if (measureText(candidate, fontSize, weight) <= maxWidth) low = mid;
    else high = mid - 1;
  }
  if (low === 0) return '';
  const prefix = chars.slice(0, low).join('');
  const space = prefix.lastIndexOf(' ');
  const cut = space > prefix.length * 0.6 ? prefix.slice(0, space) : prefix;
  return cut.trimEnd().replace(/[,;:.\-–]+$/u, '') + '…';
}

/**
 * Splits `text` into lines no wider than `maxWidth`, breaking at spaces (and inside a word only
 * when the word alone is too wide).
 */
export function wrapText(
  text: string,
  fontSize: number,
  maxWidth: number,
  weight: FontWeight = 'regular',
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/u).filter((w) => w.length > 0)) {
    const candidate = line ? `${line} ${word}` : word;
    if (measureText(candidate, fontSize, weight) <= maxWidth) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = word;
    while (measureText(line, fontSize, weight) > maxWidth && line.length > 1) {
      const cut = fitText(line, fontSize, maxWidth, weight).replace(/…$/u, '');
      const size = Math.max(1, Array.from(cut).length);
      const chars = Array.from(line);
      lines.push(chars.slice(0, size).join(''));
      line = chars.slice(size).join('');
    }
  }
  if (line) lines.push(line);
  return lines;
}
