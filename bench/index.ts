/**
 * `npm run bench`: every benchmark, one after another, printing figures (never asserting on time).
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { benchDatabase } from './database';

async function main(): Promise<void> {
  console.log('== database and service');
  await benchDatabase();
  // The other benchmarks run in their own processes so one's warm caches do not flatter another.
  for (const script of ['extract.ts', 'export.ts']) {
    console.log(`== ${script}`);
    spawnSync(
      process.execPath,
      [path.join(__dirname, '..', 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(__dirname, script)],
      {
        stdio: 'inherit',
      },
    );
  }
}

void main();
