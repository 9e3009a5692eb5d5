/**
 * Database and service figures: importing the sample corpus (time, database size), then the
 * window queries the timeline makes, on a library of 100,000 synthetic events.
 *
 *   npm run bench            (all benchmarks)
 *   npx tsx bench/database.ts
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../db/connection';
import { insertArticle } from '../db/articles';
import { insertEvent } from '../db/events';
import { insertMention } from '../db/mentions';
import { addDays } from '../main/common/dates';
import { seedSampleCorpus } from '../main/import/sample';
import { createTimelineService } from '../main/service';

const EVENTS = 100_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

async function timeIt(runs: number, work: () => Promise<unknown>): Promise<number> {
  await work();
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await work();
    times.push(performance.now() - started);
  }
  return median(times);
}

function fileSize(file: string): number {
  return ['', '-wal'].reduce(
    (sum, suffix) => sum + (fs.existsSync(file + suffix) ? fs.statSync(file + suffix).size : 0),
    0,
  );
}

export async function benchDatabase(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-bench-'));
  try {
    const samplePath = path.join(dir, 'sample.sqlite');
    const sample = openDatabase(samplePath);
    const started = performance.now();
    const summary = await seedSampleCorpus(sample);
    const importMs = performance.now() - started;
    sample.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `sample corpus import: ${summary.added} articles, ${summary.mentions} dated sentences, ${summary.events} events in ${importMs.toFixed(0)} ms; database ${(fileSize(samplePath) / 1024).toFixed(0)} KiB`,
    );
    sample.close();

    const bigPath = path.join(dir, 'big.sqlite');
    const db = openDatabase(bigPath);
    const fillStarted = performance.now();
    db.transaction(() => {
      const articleId = insertArticle(db, {
        title: 'Synthetic',
        source: 'Bench Wire',
        author: null,
        url: null,
        publishedAt: '2000-01-01',
        publishedSource: 'metadata',
        language: 'en',
        text: 'Synthetic article.',
        html: null,
        contentHash: 'bench',
        fileName: null,
      });
      for (let index = 0; index < EVENTS; index += 1) {
        // Spread over 20 years; one in ten lasts a month.
        const start = addDays('2000-01-01', index % 7300);
        const end = index % 10 === 0 ? addDays(start, 30) : start;
        const eventId = insertEvent(db, {
          title: `Synthetic event ${index}`,
          description: '',
          start,
          end,
          granularity: start === end ? 'day' : 'month',
          certainty: 'exact',
          status: index % 4 === 0 ? 'scheduled' : 'occurred',
          origin: 'extracted',
        });
        insertMention(db, {
          eventId,
          articleId,
          start: 0,
          end: 10,
          quote: 'Synthetic',
          timexText: null,
          timexValue: null,
          timexType: null,
          timexStart: null,
          timexEnd: null,
          dateStart: start,
          dateEnd: end,
          granularity: 'day',
          certainty: 'exact',
          anchor: null,
          derivation: 'synthetic',
        });
      }
    })();
    const fillMs = performance.now() - fillStarted;
    db.pragma('wal_checkpoint(TRUNCATE)');
    console.log(
      `${EVENTS.toLocaleString('en')} events with mentions stored in one transaction: ${fillMs.toFixed(0)} ms; database ${(fileSize(bigPath) / 1024 / 1024).toFixed(1)} MiB`,
    );

    const service = createTimelineService({ db, databasePath: bigPath, version: 'bench' });
    const twoWeeks = await timeIt(20, () => service.listEvents({ from: '2010-03-01', to: '2010-03-14' }));
    const twoWeeksWindow = await service.listEvents({ from: '2010-03-01', to: '2010-03-14' });
    const threeMonths = await timeIt(20, () => service.listEvents({ from: '2010-03-01', to: '2010-05-31' }));
    const threeMonthsCount = (await service.listEvents({ from: '2010-03-01', to: '2010-05-31' })).total;
    const year = await timeIt(10, () => service.listEvents({ from: '2010-01-01', to: '2010-12-31' }));
    const everything = await timeIt(5, () => service.listEvents({ from: '1990-01-01', to: '2030-12-31' }));
    const filtered = await timeIt(10, () =>
      service.listEvents({ from: '2010-03-01', to: '2010-05-31', statuses: ['scheduled'] }),
    );
    console.log(
      `listEvents, 2-week window (${twoWeeksWindow.events.length} events with actors and outlets): median ${twoWeeks.toFixed(1)} ms`,
    );
    console.log(
      `listEvents, 3-month window (${threeMonthsCount} events, aggregated into buckets): median ${threeMonths.toFixed(1)} ms`,
    );
    console.log(`listEvents, 1-year window (aggregated into buckets): median ${year.toFixed(1)} ms`);
    console.log(`listEvents, whole library (aggregated into buckets): median ${everything.toFixed(1)} ms`);
    console.log(`listEvents, 3-month window filtered by status: median ${filtered.toFixed(1)} ms`);
    console.log(
      `resident memory after the database benchmark: ${(process.memoryUsage().rss / 1024 / 1024).toFixed(0)} MiB`,
    );
    service.dispose();
    db.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) void benchDatabase();
