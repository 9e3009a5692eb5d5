import { Resvg } from '@resvg/resvg-js';
import * as fontkit from 'fontkit';
import { fontPaths } from './main/export/fonts';
const font = fontkit.openSync(fontPaths()[0]!) as fontkit.Font;
const s = 11 / font.unitsPerEm;
const chars = 'Summit talks envoy sanctions 0123456789';
let defs = '';
const ids = new Map<string, string>();
for (const ch of new Set(chars)) {
  const g = font.glyphForCodePoint(ch.codePointAt(0)!);
  const d = g.path.scale(s, -s).toSVG();
  ids.set(ch, `g${g.id}`);
  defs += `<path id="g${g.id}" d="${d}"/>`;
}
function build(n: number, mode: 'use' | 'path') {
  let body = '';
  for (let i = 0; i < n; i++) {
    const text = `Summit talks envoy sanctions ${i}`;
    let x = 10;
    const y = i * 20 + 15;
    if (mode === 'use') {
      body += `<g transform="translate(0 ${y})">`;
      for (const ch of text) {
        const g = font.glyphForCodePoint(ch.codePointAt(0)!);
        if (ch !== ' ') body += `<use href="#${ids.get(ch)}" x="${x.toFixed(2)}"/>`;
        x += g.advanceWidth * s;
      }
      body += '</g>';
    } else {
      let d = '';
      for (const ch of text) {
        const g = font.glyphForCodePoint(ch.codePointAt(0)!);
        if (ch !== ' ') d += g.path.scale(s, -s).translate(x, y).toSVG();
        x += g.advanceWidth * s;
      }
      body += `<path d="${d}"/>`;
    }
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="1200" height="${n * 20 + 20}"><defs>${defs}</defs>${body}</svg>`;
}
for (const mode of ['use', 'path'] as const) {
  const t0 = performance.now();
  const svg = build(1000, mode);
  const t = performance.now();
  const r = new Resvg(svg, { font: { loadSystemFonts: false }, fitTo: { mode: 'width', value: 1200 } });
  const t2 = performance.now();
  r.render();
  console.log(mode, 'build', (t - t0).toFixed(0), 'parse', (t2 - t).toFixed(0), 'render', (performance.now() - t2).toFixed(0), 'size', svg.length);
}
