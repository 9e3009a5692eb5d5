import { Resvg } from '@resvg/resvg-js';
import { deflateSync } from 'node:zlib';
import { computeTimelineLayout } from './main/export/layout/timeline';
import { paintSvg } from './main/export/svg/index';
import { fontPaths } from './main/export/fonts';
import { readFileSync } from 'node:fs';
const svg0 = readFileSync('/tmp/bench.svg', 'utf8');
// reuse: outline mode requires layout; rebuild quickly by importing bench generator is complex; instead time outlined of the fixture-scale bench via env
const layoutJson = process.env.L;
void layoutJson;
const svg = process.argv[2] === 'text' ? svg0 : readFileSync('/tmp/bench-outlined.svg', 'utf8');
for (const w of [2400]) {
  const t = performance.now();
  const r = new Resvg(svg, { font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'width', value: w } });
  const t1 = performance.now();
  const img = r.render();
  const t2 = performance.now();
  const png = img.asPng();
  const t3 = performance.now();
  const raw = img.pixels;
  const t4 = performance.now();
  const z = deflateSync(raw, { level: 1 });
  const t5 = performance.now();
  console.log('parse', (t1 - t).toFixed(0), 'render', (t2 - t1).toFixed(0), 'encode', (t3 - t2).toFixed(0), png.length, 'pixels', (t4-t3).toFixed(0), 'deflate1', (t5-t4).toFixed(0), z.length, svg.length);
}
