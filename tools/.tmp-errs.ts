import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tagTimexes } from '../main/extract/timex/index';
import { parseTimeML } from './timeml/parse';
import { scoreDocument } from './timeml/score';
const [dirsArg, re, kinds] = process.argv.slice(2);
const filter = new RegExp(re ?? '.', 'i');
for (const dir of (dirsArg ?? '').split(',')) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.tml')).sort()) {
    const doc = parseTimeML(readFileSync(join(dir, name), 'utf8'));
    const sys = tagTimexes(doc.text, doc.dct);
    const sc = scoreDocument(doc.timexes, sys);
    for (const m of sc.mismatches) {
      if (kinds && !kinds.split(',').includes(m.kind)) continue;
      const t = m.gold ?? m.system!;
      if (!filter.test(t.text)) continue;
      const ctx = doc.text.slice(Math.max(0, t.start - 90), t.start) + '[[' + t.text + ']]' + doc.text.slice(t.end, t.end + 60);
      console.log(`${name} dct=${doc.dct} ${m.kind} G:${m.gold?.value ?? '-'}/${m.gold?.type ?? ''} S:${m.system?.value ?? '-'}/${m.system?.type ?? ''}\n    ${ctx.replace(/\s+/g, ' ')}`);
    }
  }
}
