/**
 * PNG export: the SVG rasterised by resvg with the shipped fonts only, so the output is the same
 * on every machine (resvg silently drops text it has no font for, hence no system fonts at all).
 */
import { Resvg } from '@resvg/resvg-js';
import { FONT_FAMILY, fontPaths } from './fonts';
import { encodePng } from './png-encode';

export interface PngOptions {
  /** The SVG's width in CSS pixels. */
  width: number;
  /** Device pixel ratio: the PNG is `width * scale` pixels wide. */
  scale: 1 | 2 | 3;
}

/** Rasterises `svg` to PNG bytes, `width × scale` pixels wide. */
export async function renderTimelinePng(svg: string, options: PngOptions): Promise<Uint8Array> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'width', value: Math.round(options.width * options.scale) },
    shapeRendering: 2,
    textRendering: 1,
  });
  const image = resvg.render();
  return encodePng(image.pixels, image.width, image.height, { premultiplied: true });
}
