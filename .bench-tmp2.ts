import { Resvg } from '@resvg/resvg-js';
import { fontPaths } from './main/export/fonts';
function svgWith(n: number, body: (i: number) => string, rootAttrs = 'font-family="DejaVu Sans"') {
  let s = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="${n * 20 + 20}" ${rootAttrs}>`;
  for (let i = 0; i < n; i++) s += body(i);
  return s + '</svg>';
}
function time(label: string, s: string, opts: object = {}) {
  const t = performance.now();
  const r = new Resvg(s, { font: { fontFiles: fontPaths(), loadSystemFonts: false, defaultFontFamily: 'DejaVu Sans', ...opts }, fitTo: { mode: 'width', value: 1200 } });
  console.log(label, (performance.now() - t).toFixed(0), 'ms');
  return r;
}
time('1000 plain', svgWith(1000, (i) => `<text x="10" y="${i * 20 + 15}" font-size="11">Summit talks envoy sanctions ${i}</text>`));
time('1000 tspan', svgWith(1000, (i) => `<text x="10" y="${i * 20 + 15}" font-size="11">Summit talks envoy <tspan fill="#888">[${i}]</tspan></text>`));
time('1000 quotes', svgWith(1000, (i) => `<text x="10" y="${i * 20 + 15}" font-size="11">Summit “talks” – envoy… ${i}</text>`));
time('1000 in g', svgWith(1000, (i) => `<g><title>x</title><text x="10" y="${i * 20 + 15}" font-size="11">Summit talks envoy sanctions ${i}</text></g>`));
time('1000 no family', svgWith(1000, (i) => `<text x="10" y="${i * 20 + 15}" font-size="11">Summit talks envoy sanctions ${i}</text>`, ''));
time('1000 long', svgWith(1000, (i) => `<text x="10" y="${i * 20 + 15}" font-size="11">Summit talks envoy sanctions summit talks envoy sanctions summit talks envoy sanctions ${i}</text>`));
