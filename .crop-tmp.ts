import { writeFileSync } from 'node:fs';
import { renderTimelineSvg } from './main/export/svg/index';
import { renderTimelinePng } from './main/export/png';
import { koreaDocument, KOREA_RANGE } from './main/export/testing/korea-2018';
const o = { ...KOREA_RANGE, lanes: 'status' as const, width: 1200, theme: 'light' as const, title: 'US–North Korea diplomacy, summer 2018', filtersDescription: 'none', generatedAt: new Date('2026-11-20T10:00:00Z'), appVersion: '0.1.0' };
void (async () => {
  const [x, y, w, h] = (process.argv[2] ?? '0,130,600,200').split(',').map(Number);
  const svg = renderTimelineSvg(koreaDocument(), o, { outlineText: process.argv[3] !== 'text' }).replace(/<svg([^>]*) width="[^"]*" height="[^"]*" viewBox="[^"]*"/, `<svg$1 width="${w}" height="${h}" viewBox="${x} ${y} ${w} ${h}"`);
  writeFileSync('/tmp/crop.png', await renderTimelinePng(svg, { width: w!, scale: 2 }));
})();
