/**
 * Scores the temporal tagger on a folder of TimeML files, TempEval-3 style.
 *
 *   npm run eval:timex -- DIR [--errors]
 *
 * Prints relaxed and strict P/R/F1, type F1 and value F1, per-type error counts, and with --errors
 * every mismatch (for development).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimexes } from '../main/extract/timex/index';
import { parseTimeML } from './timeml/parse';
import type { Counts, Mismatch } from './timeml/score';
import { addCounts, emptyCounts, figures, scoreDocument } from './timeml/score';

function pct(x: number): string {
  return x.toFixed(3);
}

/** FNV-1a hash of a file name: a stable, content-blind way to split a folder into two halves. */
function foldOf(name: string): 0 | 1 {
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h & 1) as 0 | 1;
}

function describe(m: Mismatch): string {
  const g = m.gold ? `gold "${m.gold.text}" ${m.gold.type} ${m.gold.value}` : '';
  const s = m.system ? `sys "${m.system.text}" ${m.system.type} ${m.system.value}` : '';
  return `${m.kind.padEnd(8)} ${[g, s].filter(Boolean).join('  |  ')}`;
}

function main(): void {
  const args = process.argv.slice(2);
  const showErrors = args.includes('--errors');
  const dirs = args.filter((a) => !a.startsWith('--'));
  if (dirs.length === 0) {
    console.error('usage: npm run eval:timex -- DIR [DIR…] [--errors]');
    process.exit(2);
  }
  const total = emptyCounts();
  // Two halves by file-name hash: a change that helps one half and not the other is likely tuned.
  const halves = [emptyCounts(), emptyCounts()];
  const byType = new Map<
    string,
    { gold: number; missed: number; wrongType: number; wrongValue: number; spurious: number }
  >();
  const row = (t: string) => {
    let r = byType.get(t);
    if (!r) byType.set(t, (r = { gold: 0, missed: 0, wrongType: 0, wrongValue: 0, spurious: 0 }));
    return r;
  };
  let files = 0;
  for (const dir of dirs) {
    if (!statSync(dir).isDirectory()) throw new Error(`not a folder: ${dir}`);
    for (const name of readdirSync(dir)
      .filter((n) => n.endsWith('.tml'))
      .sort()) {
      const doc = parseTimeML(readFileSync(join(dir, name), 'utf8'));
      const system = tagTimexes(doc.text, doc.dct);
      const score = scoreDocument(doc.timexes, system);
      addCounts(total, score.counts);
      addCounts(halves[foldOf(name)] as Counts, score.counts);
      files++;
      for (const g of doc.timexes) row(g.type).gold++;
      for (const m of score.mismatches) {
        if (m.kind === 'missed' && m.gold) row(m.gold.type).missed++;
        if (m.kind === 'type' && m.gold) row(m.gold.type).wrongType++;
        if (m.kind === 'value' && m.gold) row(m.gold.type).wrongValue++;
        if (m.kind === 'spurious' && m.system) row(m.system.type).spurious++;
        if (showErrors) console.log(`${name}  ${describe(m)}`);
      }
    }
  }
  report(total, files, byType, halves);
}

function report(
  total: Counts,
  files: number,
  byType: Map<string, Record<string, number>>,
  halves: Counts[],
): void {
  const f = figures(total);
  console.log(`files ${files}  gold ${total.gold}  system ${total.system}`);
  console.log(
    `relaxed  P ${pct(f.relaxed.p)}  R ${pct(f.relaxed.r)}  F1 ${pct(f.relaxed.f1)}   (${total.relaxed} matched)`,
  );
  console.log(
    `strict   P ${pct(f.strict.p)}  R ${pct(f.strict.r)}  F1 ${pct(f.strict.f1)}   (${total.strict} exact extent)`,
  );
  console.log(`type F1  ${pct(f.typeF1)}   (${total.type} correct)`);
  console.log(`value F1 ${pct(f.valueF1)}   (${total.value} correct)`);
  const half = halves.map((h) => figures(h));
  console.log(
    `halves   value F1 ${half.map((h) => pct(h.valueF1)).join(' / ')}   relaxed F1 ${half.map((h) => pct(h.relaxed.f1)).join(' / ')}`,
  );
  console.log('errors by type (gold type; spurious by system type):');
  for (const [type, r] of [...byType.entries()].sort()) {
    console.log(
      `  ${type.padEnd(8)} gold ${r.gold}  missed ${r.missed}  wrong type ${r.wrongType}  wrong value ${r.wrongValue}  spurious ${r.spurious}`,
    );
  }
}

main();
