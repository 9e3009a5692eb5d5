import { writeFileSync } from 'node:fs';
import { renderTimelineSvg } from './main/export/svg/index';
import { renderTimelinePng } from './main/export/png';
import { koreaDocument, KOREA_RANGE } from './main/export/testing/korea-2018';
const lanes = (process.argv[2] ?? 'none') as 'none';
const theme = (process.argv[3] ?? 'light') as 'light';
const width = Number(process.argv[4] ?? 1200);
const svg = renderTimelineSvg(koreaDocument(), { ...KOREA_RANGE, lanes, width, theme, title: 'US–North Korea diplomacy, summer 2018', filtersDescription: 'none', generatedAt: new Date('2026-11-20T10:00:00Z'), appVersion: '0.1.0' });
writeFileSync('/tmp/export-sample.svg', svg);
void (async () => { const png = await renderTimelinePng(svg, { width, scale: 1 });

writeFileSync('/tmp/export-sample.png', png); console.log(svg.length, png.length); })();
import { renderTimelinePdf } from './main/export/pdf';
void renderTimelinePdf(koreaDocument(), { ...KOREA_RANGE, lanes, width, theme, title: 'US–North Korea diplomacy, summer 2018', filtersDescription: 'none', generatedAt: new Date('2026-11-20T10:00:00Z'), appVersion: '0.1.0' }).then((pdf) => writeFileSync('/tmp/export-sample.pdf', pdf));
