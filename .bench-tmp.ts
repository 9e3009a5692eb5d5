import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { fontPaths } from './main/export/fonts';
const svg = readFileSync('/tmp/bench.svg', 'utf8');
function time(label: string, s: string, w: number) {
  const t = performance.now();
  const r = new Resvg(s, { font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: w } });
  const t1 = performance.now();
  const img = r.render();
  const t2 = performance.now();
  const png = img.asPng();
  const t3 = performance.now();
  console.log(label, 'parse', (t1 - t).toFixed(0), 'render', (t2 - t1).toFixed(0), 'encode', (t3 - t2).toFixed(0), png.length);
}
time('2x', svg, 2400);
time('1x', svg, 1200);
time('2x notext', svg.replace(/<text[^>]*>.*?<\/text>/gs, ''), 2400);
time('2x nopattern', svg.replace(/url\(#hatch-[a-z]+\)/g, '#888'), 2400);
