import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HTML_ARTICLE, MARKDOWN_ARTICLE, PLAIN_ARTICLE, scratchFolder } from '../import/testing/fixtures';
import { runCli } from './index';

const ROOT = path.resolve(__dirname, '..', '..');

/** Runs the command line in-process with captured output. */
async function run(args: string[], stdin = '') {
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  const sink = (chunks: Buffer[]) => ({
    write: (data: string | Uint8Array) => void chunks.push(Buffer.from(data)),
    isTTY: false,
  });
  const code = await runCli(args, { stdout: sink(out), stderr: sink(err), stdin: Readable.from([stdin]) });
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    bytes: Buffer.concat(out),
  };
}

describe('the command line', () => {
  const folder = scratchFolder('timeline-cli-');
  let db: string;
  beforeAll(() => {
    folder.write('articles/remains.txt', PLAIN_ARTICLE);
    folder.write('articles/drills.md', MARKDOWN_ARTICLE);
    folder.write('articles/nested/osan.html', HTML_ARTICLE);
    db = path.join(folder.dir, 'cli.sqlite');
  });
  afterAll(() => folder.cleanup());

  it('imports a folder, prints a summary and exits 0', async () => {
    const result = await run(['--db', db, 'import', path.join(folder.dir, 'articles')]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^Imported 3 articles: \d+ dated sentences, \d+ new events; 0 duplicates skipped; 0 failures\.\n$/,
    );
  });

  it('reports a partial import as JSON and exits 2, keeping the good files', async () => {
    const bad = folder.write('bad/empty.txt', '');
    const good = folder.write('bad/other.txt', PLAIN_ARTICLE.replace('next week', 'soon'));
    const result = await run(['--db', db, 'import', bad, good, '--json']);
    expect(result.code).toBe(2);
    const summary = JSON.parse(result.stdout);
    expect(summary).toMatchObject({
      added: 1,
      duplicates: 0,
      failures: [{ file: 'empty.txt', reason: 'the file is empty' }],
    });
  });

  it('exits 1 with a one-line message on usage errors', async () => {
    for (const args of [
      ['import'],
      ['import', 'x', '--published', '2018-02-30'],
      ['export', '--format', 'docx'],
      ['frobnicate'],
      [],
    ]) {
      const result = await run(['--db', db, ...args]);
      expect(result.code, args.join(' ')).toBe(1);
      expect(result.stdout).toBe('');
    }
    const published = await run(['--db', db, 'import', 'x', '--published', '2018-02-30']);
    expect(published.stderr.split('\n')[0]).toBe(
      'timeline-explorer: --published must be a real date as YYYY-MM-DD, not "2018-02-30"',
    );
  });

  it('exports the JSON document on stdout with titles, outlets, dates and quoted mentions', async () => {
    const result = await run(['--db', db, 'export', '--format', 'json']);
    expect(result.code).toBe(0);
    const document = JSON.parse(result.stdout);
    expect(document.version).toBe(1);
    const osan = document.articles.find((article: { file: string }) => article.file === 'osan.html');
    expect(osan).toMatchObject({
      title: 'Remains flown to Osan',
      source: 'Pacific Wire',
      publishedAt: '2018-07-27T09:30',
    });
    expect(Object.keys(osan).slice(0, 7)).toEqual([
      'id',
      'title',
      'source',
      'author',
      'url',
      'publishedAt',
      'file',
    ]);
    const event = document.events[0];
    expect(Object.keys(event).slice(0, 12)).toEqual([
      'id',
      'title',
      'description',
      'start',
      'end',
      'granularity',
      'certainty',
      'status',
      'actors',
      'places',
      'tags',
      'mentions',
    ]);
    for (const each of document.events) {
      expect(each.mentions.length).toBeGreaterThan(0);
      for (const mention of each.mentions) {
        const text = document.articles.find(
          (article: { id: number }) => article.id === mention.articleId,
        ).text;
        expect(text.slice(mention.start, mention.end)).toBe(mention.quote);
        expect(mention.quote).toContain(mention.timex.text);
      }
    }
  });

  it('limits an export to --from/--to and writes --out files', async () => {
    const out = path.join(folder.dir, 'july.json');
    const result = await run([
      '--db',
      db,
      'export',
      '--format',
      'json',
      '--from',
      '2018-07-01',
      '--to',
      '2018-07-31',
      '--out',
      out,
    ]);
    expect(result).toMatchObject({ code: 0, stdout: '' });
    const document = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(document.events.length).toBeGreaterThan(0);
    for (const event of document.events) {
      expect(event.start.slice(0, 10) <= '2018-07-31' && event.end.slice(0, 10) >= '2018-07-01').toBe(true);
    }
  });

  it('exports images drawn from the data: PNG at width × scale pixels, SVG and PDF', async () => {
    const png = await run([
      '--db',
      db,
      'export',
      '--format',
      'png',
      '--width',
      '800',
      '--scale',
      '2',
      '--from',
      '2018-06-01',
      '--to',
      '2018-08-31',
    ]);
    expect(png.code).toBe(0);
    expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.bytes.readUInt32BE(16)).toBe(1600);
    const svg = await run([
      '--db',
      db,
      'export',
      '--format',
      'svg',
      '--lanes',
      'status',
      '--theme',
      'dark',
      '--title',
      'Remains talks',
    ]);
    expect(svg.stdout).toMatch(/^<\?xml|^<svg/);
    expect(svg.stdout).toContain('Remains talks');
    const pdf = await run(['--db', db, 'export', '--format', 'pdf']);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bad = await run(['--db', db, 'export', '--format', 'png', '--scale', '4']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/--scale must be a whole number from 1 to 3/);
  });

  it('exports CSV, TimelineJS and Timesketch data', async () => {
    const csv = await run(['--db', db, 'export', '--format', 'csv']);
    expect(csv.stdout.replace(/^\ufeff/, '').split('\n')[0]).toMatch(
      /^id,title,start,end,granularity,certainty,status/,
    );
    const timeline = JSON.parse((await run(['--db', db, 'export', '--format', 'timelinejs'])).stdout);
    expect(timeline.events[0].start_date.year).toBeTypeOf('number');
    const sketch = (await run(['--db', db, 'export', '--format', 'timesketch'])).stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(Object.keys(sketch[0])).toEqual(expect.arrayContaining(['message', 'datetime', 'timestamp_desc']));
  });

  it('tags a text with TIMEX3 values', async () => {
    const file = folder.write(
      'tag.txt',
      'Pompeo wrapped up a two-day trip today. Officials will meet around July 12.',
    );
    const result = await run(['tag', '--dct', '2018-07-07', file]);
    expect(result.code).toBe(0);
    const timexes = JSON.parse(result.stdout);
    expect(timexes).toEqual(
      expect.arrayContaining([
        { start: 20, end: 27, text: 'two-day', type: 'DURATION', value: 'P2D', mod: null },
        expect.objectContaining({ text: 'today', type: 'DATE', value: '2018-07-07' }),
        expect.objectContaining({ type: 'DATE', value: '2018-07-12', mod: 'APPROX' }),
      ]),
    );
  });

  it('refuses to tag a binary file, and reads a Windows-1252 file with its offsets intact', async () => {
    const binary = folder.write(
      'photo.jpg',
      Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46, 0]),
    );
    const refused = await run(['tag', '--dct', '2018-07-07', binary]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe('');
    expect(refused.stderr).toContain(`${binary} is binary, not text`);
    // "Café on Monday" saved as Windows-1252: é is the single byte 0xE9.
    const latin = folder.write('cafe.txt', Buffer.from('Caf\u00e9 reopened on Monday.', 'latin1'));
    const tagged = await run(['tag', '--dct', '2018-07-07', latin]);
    expect(tagged.code).toBe(0);
    expect(JSON.parse(tagged.stdout)).toEqual([
      { start: 17, end: 23, text: 'Monday', type: 'DATE', value: '2018-07-02', mod: null },
    ]);
  });

  it('tags JSON lines, one output line per input line', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'They met last month.', dct: '2018-07-07' }),
      JSON.stringify({ id: 'b', text: 'Talks resume this fall.', dct: '2018-07-07' }),
      'not json',
    ].join('\n');
    const result = await run(['tag', '--jsonl'], input);
    const lines = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines[0]).toEqual({
      id: 'a',
      timexes: [{ start: 9, end: 19, text: 'last month', type: 'DATE', value: '2018-06', mod: null }],
    });
    expect(lines[1].timexes[0]).toMatchObject({ text: 'this fall', value: '2018-FA' });
    expect(lines[2]).toMatchObject({ id: null, timexes: [], error: 'line 3: not valid JSON' });
    expect(result.code).toBe(2);
  });

  it('searches articles and events, and refuses a malformed query in one line', async () => {
    const found = await run(['--db', db, 'search', 'remains', '--json']);
    expect(found.code).toBe(0);
    const results = JSON.parse(found.stdout);
    expect(results.articles.length).toBeGreaterThan(0);
    expect(
      results.articles[0].snippet.some(
        (part: { text: string; match: boolean }) => part.match && /remains/i.test(part.text),
      ),
    ).toBe(true);

    const malformed = await run(['--db', db, 'search', '"unclosed AND']);
    expect(malformed.code).toBe(1);
    expect(malformed.stderr.trim().split('\n')).toHaveLength(1);
    expect(malformed.stderr).toMatch(/^timeline-explorer: Malformed search query/);
  });

  it('starts a database named with --db empty', async () => {
    const result = await run(['--db', path.join(folder.dir, 'fresh.sqlite'), 'export']);
    expect(JSON.parse(result.stdout)).toEqual({ version: 1, articles: [], events: [] });
  });

  it('keeps stdout to the command output when run through npm', async () => {
    const { stdout } = await promisify(execFile)(
      'npm',
      [
        'run',
        '--silent',
        'cli',
        '--',
        '--db',
        db,
        'export',
        '--format',
        'json',
        '--from',
        '2018-06-01',
        '--to',
        '2018-06-30',
      ],
      { cwd: ROOT },
    );
    expect(JSON.parse(stdout).version).toBe(1);
  }, 30_000);
});

describe('the default database', () => {
  it('is created with the sample corpus on first use', async () => {
    const folder = scratchFolder('timeline-default-');
    const previous = process.env.TIMELINE_EXPLORER_DB;
    process.env.TIMELINE_EXPLORER_DB = path.join(folder.dir, 'default.sqlite');
    try {
      const first = await run(['export']);
      expect(first.stderr).toMatch(/with 10 sample articles/);
      const document = JSON.parse(first.stdout);
      expect(document.articles).toHaveLength(10);
      const second = await run(['export']);
      expect(second.stderr).toBe('');
      expect(JSON.parse(second.stdout).articles).toHaveLength(10);
    } finally {
      if (previous === undefined) delete process.env.TIMELINE_EXPLORER_DB;
      else process.env.TIMELINE_EXPLORER_DB = previous;
      folder.cleanup();
    }
  });
});
