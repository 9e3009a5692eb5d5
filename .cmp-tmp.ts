import { writeFileSync } from 'node:fs';
import { renderTimelineSvg } from './main/export/svg/index';
import { renderTimelinePng } from './main/export/png';
import { decodePng } from './main/export/testing/png-decode';
import { koreaDocument, KOREA_RANGE } from './main/export/testing/korea-2018';
const o = { ...KOREA_RANGE, lanes: 'status' as const, width: 1200, theme: 'light' as const, title: 'US–North Korea diplomacy, summer 2018', filtersDescription: 'none', generatedAt: new Date('2026-11-20T10:00:00Z'), appVersion: '0.1.0' };
void (async () => {
  const a = decodePng(await renderTimelinePng(renderTimelineSvg(koreaDocument(), o), { width: 1200, scale: 2 }));
  const bPng = await renderTimelinePng(renderTimelineSvg(koreaDocument(), o, { outlineText: true }), { width: 1200, scale: 2 });
  writeFileSync('/tmp/outlined.png', bPng);
  const b = decodePng(bPng);
  let diff = 0, big = 0;
  for (let i = 0; i < a.pixels.length; i += 4) { const d = Math.abs(a.pixels[i]! - b.pixels[i]!); if (d > 0) diff++; if (d > 128) big++; }
  console.log(a.width, a.height, b.width, b.height, 'differing px', diff, 'big', big, 'of', a.pixels.length / 4);
})();
