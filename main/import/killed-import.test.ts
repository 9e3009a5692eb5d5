import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db';
import { extractArticleEvents } from './extract-article';
import { parseFile } from './parse-file';
import { scratchFolder } from './testing/fixtures';

const ROOT = path.resolve(__dirname, '..', '..');

function article(index: number): string {
  const day = (index % 27) + 1;
  return `Envoys meet for round ${index}\nBy Test Desk | Wire ${index % 5} | July ${day}, 2018\n\nNegotiators held round ${index} of the talks on Monday in Panmunjom.\n\nThey will meet again next week, officials said after round ${index}.\n`;
}

describe('an import killed mid-batch', () => {
  const folder = scratchFolder('timeline-kill-');
  afterAll(() => folder.cleanup());

  it('leaves an intact database in which every stored article has all its events', async () => {
    for (let index = 0; index < 400; index += 1)
      folder.write(`articles/${String(index).padStart(3, '0')}.txt`, article(index));
    const dbPath = path.join(folder.dir, 'kill.sqlite');
    openDatabase(dbPath).close();

    const child = spawn(
      process.execPath,
      [
        path.join(ROOT, 'node_modules/tsx/dist/cli.mjs'),
        'main/cli/index.ts',
        '--db',
        dbPath,
        'import',
        path.join(folder.dir, 'articles'),
      ],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
    const exited = new Promise((resolve) => child.on('exit', resolve));
    const reader = openDatabase(dbPath, { readonly: true });
    const count = () => (reader.prepare('SELECT COUNT(*) AS n FROM articles').get() as { n: number }).n;
    const deadline = Date.now() + 40_000;
    while (count() < 20 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 25));
    child.kill('SIGKILL');
    await exited;
    reader.close();

    const db = openDatabase(dbPath);
    const stored = db.prepare('SELECT id, file_name AS file FROM articles').all() as {
      id: number;
      file: string;
    }[];
    expect(stored.length).toBeGreaterThanOrEqual(20);
    expect(stored.length).toBeLessThan(400);
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    for (const { id, file } of stored) {
      const parsed = parseFile(file, fs.readFileSync(path.join(folder.dir, 'articles', file)));
      if (parsed.kind !== 'article') throw new Error('expected an article');
      const expected = extractArticleEvents(parsed.article).length;
      const mentions = (
        db.prepare('SELECT COUNT(*) AS n FROM mentions WHERE article_id = ?').get(id) as { n: number }
      ).n;
      expect(expected).toBeGreaterThan(0);
      expect(mentions).toBe(expected);
    }
    db.close();
  }, 60_000);
});
