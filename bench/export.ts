/**
 * Export benchmark: 1,000 synthetic events over a year, drawn as SVG and as a 2× PNG.
 * Prints the first (cold) run and the median of five runs after it. Goal: SVG + PNG under 1 s.
 * Run: npm run bench:export [-- --events N --lanes none|status|actor|source --width N --runs N --png-out FILE]
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import type { LaneMode } from '../main/common/api';
import { computeTimelineLayout } from '../main/export/layout/timeline';
import { renderTimelinePng } from '../main/export/png';
import { paintSvg } from '../main/export/svg/index';
import { labelBoxes, overlaps, parseSvg } from '../main/export/testing/svg-boxes';
import { syntheticDocument } from '../main/export/testing/synthetic';
import type { TimelineImageOptions } from '../main/export/types';

const { values } = parseArgs({
  options: {
    events: { type: 'string', default: '1000' },
    lanes: { type: 'string', default: 'status' },
    width: { type: 'string', default: '1200' },
    runs: { type: 'string', default: '5' },
    'png-out': { type: 'string' },
  },
});

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

async function main(): Promise<void> {
  const count = Number(values.events);
  const width = Number(values.width);
  const runs = Math.max(1, Number(values.runs));
  const doc = syntheticDocument(count);
  const options: TimelineImageOptions = {
    from: '2018-01-01',
    to: '2018-12-31',
    lanes: values.lanes as LaneMode,
    width,
    theme: 'light',
    title: `Benchmark: ${count} events`,
    filtersDescription: 'none',
    generatedAt: new Date(),
    appVersion: 'bench',
  };
  const timings = { layout: [] as number[], svg: [] as number[], png: [] as number[], cpu: [] as number[] };
  let svg = '';
  let lastPng: Uint8Array = new Uint8Array(0);
  // Run 0 is the cold run (fonts opened, caches empty); the median is over the runs after it.
  for (let run = 0; run <= runs; run += 1) {
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const layout = computeTimelineLayout(doc, options);
    const t1 = performance.now();
    svg = paintSvg(layout);
    const t2 = performance.now();
    // The PNG is rasterised from the outlined-text form of the same layout, as exportDocument does.
    const png = await renderTimelinePng(paintSvg(layout, { outlineText: true }), { width, scale: 2 });
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    timings.cpu.push((cpu.user + cpu.system) / 1000);
    lastPng = png;
    timings.layout.push(t1 - t0);
    timings.svg.push(t2 - t0);
    timings.png.push(t3 - t2);
  }
  const layout = computeTimelineLayout(doc, options);
  const clashes = overlaps(labelBoxes(parseSvg(svg))).length;
  if (values['png-out']) writeFileSync(values['png-out'], lastPng);
  const fmt = (ms: number): string => `${ms.toFixed(0).padStart(5)} ms`;
  const warm = (list: number[]): number => median(list.slice(1));
  const load = loadavg()[0]?.toFixed(1) ?? '?';
  console.log(`export bench: ${count} events over 2018, width ${width}, lanes ${options.lanes}`);
  console.log(
    `  machine: ${cpus().length} cores, load average ${load} (wall times grow with load; CPU time less so)`,
  );
  console.log(
    `  image ${layout.width}×${layout.height} px (PNG 2× ${width * 2}×${Math.round(layout.height * 2)}), ${layout.marks.length} labelled + ${layout.unlabelled.length} unlabelled marks, ${layout.notes.lines.length} note lines`,
  );
  console.log(
    `  SVG ${(svg.length / 1024).toFixed(0)} KiB, PNG ${(lastPng.length / 1024).toFixed(0)} KiB, overlapping labels: ${clashes}`,
  );
  console.log(`                     cold    median of ${runs}`);
  console.log(`  layout          ${fmt(timings.layout[0] ?? NaN)}  ${fmt(warm(timings.layout))}`);
  console.log(`  SVG (layout+paint)${fmt(timings.svg[0] ?? NaN)}  ${fmt(warm(timings.svg))}`);
  console.log(`  PNG 2× (outline+resvg)${fmt(timings.png[0] ?? NaN)}  ${fmt(warm(timings.png))}`);
  const total = warm(timings.svg) + warm(timings.png);
  console.log(
    `  SVG + PNG       ${fmt((timings.svg[0] ?? 0) + (timings.png[0] ?? 0))}  ${fmt(total)}  ${total < 1000 ? '(under the 1 s goal)' : '(OVER the 1 s goal)'}`,
  );
  console.log(`  CPU time of SVG + PNG ${fmt(timings.cpu[0] ?? NaN)}  ${fmt(warm(timings.cpu))}`);
}

void main();
