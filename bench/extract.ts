/**
 * Throughput of the temporal tagger on one core: characters tagged per second over every .tml file
 * of a folder (default: the TempEval-3 training data beside the checkout).
 *
 *   npm run bench:extract -- [DIR]
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDatabase } from '../db/connection';
import { extractEvents } from '../main/extract';
import { tagTimexes } from '../main/extract/timex/index';
import { importBuffers } from '../main/import/pipeline';
import { parseTimeML } from '../tools/timeml/parse';

export interface TaggingBench {
  documents: number;
  characters: number;
  timexes: number;
  seconds: number;
  charsPerSecond: number;
}

function tmlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) out.push(path);
  }
  return out.sort();
}

/** Tags every .tml document under `dir` (recursively) `rounds` times and measures the tagging only. */
export function benchTagging(dir: string, rounds = 3): TaggingBench {
  const docs = tmlFiles(dir).map((path) => parseTimeML(readFileSync(path, 'utf8')));
  // One warm-up pass so the regexes are compiled and the JIT has run.
  for (const doc of docs) tagTimexes(doc.text, doc.dct);
  let characters = 0;
  let timexes = 0;
  const started = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) {
    for (const doc of docs) {
      timexes += tagTimexes(doc.text, doc.dct).length;
      characters += doc.text.length;
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { documents: docs.length, characters, timexes, seconds, charsPerSecond: characters / seconds };
}

export interface PipelineBench {
  characters: number;
  extractSeconds: number;
  importSeconds: number;
  events: number;
}

/**
 * Event extraction alone, then the whole import (parse, extract, store with merging, one
 * transaction per article) of the same documents as plain-text articles into a fresh database.
 */
export async function benchPipeline(dir: string): Promise<PipelineBench> {
  const docs = tmlFiles(dir).map((path) => parseTimeML(readFileSync(path, 'utf8')));
  const characters = docs.reduce((sum, doc) => sum + doc.text.length, 0);
  for (const doc of docs.slice(0, 20)) extractEvents({ text: doc.text, publishedAt: doc.dct.slice(0, 10) });
  let events = 0;
  const extractStarted = process.hrtime.bigint();
  for (const doc of docs)
    events += extractEvents({ text: doc.text, publishedAt: doc.dct.slice(0, 10) }).length;
  const extractSeconds = Number(process.hrtime.bigint() - extractStarted) / 1e9;

  const db = openDatabase(':memory:');
  const files = docs.map((doc, index) => ({
    name: `doc-${index}.txt`,
    // A headline line, then the body; the byline gives the date the way a saved article would.
    bytes: new TextEncoder().encode(
      `Document ${index}\nBy Bench Desk | Bench Wire | ${doc.dct.slice(0, 10)}\n\n${doc.text.trim()}\n`,
    ),
  }));
  const importStarted = process.hrtime.bigint();
  await importBuffers(db, files);
  const importSeconds = Number(process.hrtime.bigint() - importStarted) / 1e9;
  db.close();
  return { characters, extractSeconds, importSeconds, events };
}

async function main(): Promise<void> {
  const dir = process.argv[2] ?? '../shared/data/tempeval3-train';
  if (!existsSync(dir)) {
    console.log(
      `bench:extract: no data at ${dir} (the TempEval-3 folder lives outside the repo); nothing measured.`,
    );
    return;
  }
  const r = benchTagging(dir);
  console.log(
    `tagging: ${r.documents} documents, ${(r.characters / 1e6).toFixed(2)} M chars in ${r.seconds.toFixed(2)} s ` +
      `→ ${(r.charsPerSecond / 1e6).toFixed(2)} MB/s (chars/s, one core), ${r.timexes} timexes`,
  );
  const p = await benchPipeline(dir);
  const rate = (seconds: number) => `${(p.characters / seconds / 1e6).toFixed(2)} MB/s`;
  console.log(
    `event extraction: ${p.events} candidate events in ${p.extractSeconds.toFixed(2)} s → ${rate(p.extractSeconds)}`,
  );
  console.log(
    `whole import (parse, extract, store, merge): ${p.importSeconds.toFixed(2)} s → ${rate(p.importSeconds)}`,
  );
}

if (process.argv[1] !== undefined && /bench[\\/]extract\.ts$/.test(process.argv[1])) void main();
