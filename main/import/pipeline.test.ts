import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../db';
import { buildExportDocument } from '../service/export-data';
import { importPaths } from './pipeline';
import {
  DATELINE_ARTICLE,
  HOSTILE_HTML,
  HTML_ARTICLE,
  MARKDOWN_ARTICLE,
  PLAIN_ARTICLE,
  scratchFolder,
} from './testing/fixtures';

describe('importing articles', () => {
  let db: Db;
  let folder: ReturnType<typeof scratchFolder>;
  beforeEach(() => {
    db = openDatabase(':memory:');
    folder = scratchFolder();
  });
  afterEach(() => {
    db.close();
    folder.cleanup();
  });

  const article = (file: string) => buildExportDocument(db).articles.find((a) => a.file === file);

  it('reads a plain-text article: title from the first line, outlet, author and date from the byline', async () => {
    const summary = await importPaths(db, [folder.write('remains.txt', PLAIN_ARTICLE)]);
    expect(summary).toMatchObject({ added: 1, duplicates: 0, failures: [] });
    expect(article('remains.txt')).toMatchObject({
      title: 'Remains talks set for the border next week',
      source: 'Border Bulletin',
      author: 'Lena Park',
      publishedAt: '2018-07-07',
    });
    expect(summary.events).toBeGreaterThan(0);
  });

  it('reads the outlet and date of a dateline', async () => {
    await importPaths(db, [folder.write('dateline.txt', DATELINE_ARTICLE)]);
    expect(article('dateline.txt')).toMatchObject({ source: 'Harbor Ledger', publishedAt: '2018-07-08' });
  });

  it('reads Markdown front matter and drops the markup from the text', async () => {
    await importPaths(db, [folder.write('drills.md', MARKDOWN_ARTICLE)]);
    const stored = article('drills.md');
    expect(stored).toMatchObject({
      title: 'Pentagon halts August drills',
      source: 'Capitol Dispatch',
      author: 'Marcus Hale',
      publishedAt: '2018-06-19',
      url: 'https://example.com/drills',
    });
    expect(stored?.text).toContain(
      'The Pentagon said on Monday that it had suspended the Ulchi Freedom Guardian exercise',
    );
    expect(stored?.text).not.toMatch(/[*#>[\]]/);
  });

  it('reads HTML metadata and keeps page furniture out of the text', async () => {
    await importPaths(db, [folder.write('osan.html', HTML_ARTICLE)]);
    const stored = article('osan.html');
    expect(stored).toMatchObject({
      title: 'Remains flown to Osan',
      source: 'Pacific Wire',
      author: 'Daniel Okafor',
      publishedAt: '2018-07-27T09:30',
    });
    expect(stored?.text).toContain('A US Air Force C-17 carried 55 cases of remains');
    for (const furniture of ['World news menu', 'offer ends', 'Copyright', 'analytics', 'color: red']) {
      expect(stored?.text).not.toContain(furniture);
    }
  });

  it('stores hostile HTML without scripts, handlers, javascript: links, frames or forms', async () => {
    const summary = await importPaths(db, [folder.write('hostile.html', HOSTILE_HTML)]);
    expect(summary.failures).toEqual([]);
    const row = db.prepare('SELECT html, text FROM articles').get() as { html: string; text: string };
    expect(row.text).toContain('Officials met in Seoul on Monday');
    expect(row.html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<form|<input|<img/i);
    expect(row.text).not.toContain('__pwned');
  });

  it('takes the publication date from metadata first, then the text, then --published', async () => {
    const undated = 'Talks resume\n\nNegotiators met on Monday and agreed to meet again next week.\n';
    await importPaths(
      db,
      [folder.write('undated.txt', undated), folder.write('remains.txt', PLAIN_ARTICLE)],
      {
        published: '2018-07-20',
      },
    );
    const rows = db
      .prepare('SELECT file_name, published_at, published_source FROM articles ORDER BY file_name')
      .all();
    expect(rows).toEqual([
      { file_name: 'remains.txt', published_at: '2018-07-07', published_source: 'byline' },
      { file_name: 'undated.txt', published_at: '2018-07-20', published_source: 'option' },
    ]);
  });

  it('stores the same content once and changes nothing when a folder is imported again', async () => {
    folder.write('a/remains.txt', PLAIN_ARTICLE);
    folder.write('a/b/drills.md', MARKDOWN_ARTICLE);
    folder.write('copy-of-remains.txt', PLAIN_ARTICLE);
    const first = await importPaths(db, [folder.dir]);
    expect(first).toMatchObject({ added: 2, duplicates: 1, failures: [] });
    const before = JSON.stringify(buildExportDocument(db));
    const again = await importPaths(db, [folder.dir]);
    expect(again).toMatchObject({ added: 0, duplicates: 3, events: 0, failures: [] });
    expect(JSON.stringify(buildExportDocument(db))).toBe(before);
  });

  it('walks folders recursively, skipping hidden files and files it does not read', async () => {
    folder.write('nested/deep/drills.md', MARKDOWN_ARTICLE);
    folder.write('.hidden/secret.txt', PLAIN_ARTICLE);
    folder.write('nested/photo.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0x00]));
    const summary = await importPaths(db, [folder.dir]);
    expect(summary).toMatchObject({ added: 1, failures: [] });
  });

  it('reports unusable files by name with the reason, and imports the rest', async () => {
    const files = [
      folder.write('empty.txt', ''),
      folder.write('binary.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02, 0x03])),
      folder.write('photo.jpg', 'not really'),
      folder.write('broken.json', '{"version": 1, "articles": ['),
      folder.write('bad-charset.html', '<meta charset="klingon"><p>text</p>'),
      folder.write('good.txt', PLAIN_ARTICLE),
      path.join(folder.dir, 'missing.txt'),
    ];
    const huge = folder.write('huge.txt', '');
    fs.truncateSync(huge, 21 * 1024 * 1024);
    const summary = await importPaths(db, [...files, huge]);
    expect(summary.added).toBe(1);
    const reasons = Object.fromEntries(
      summary.failures.map((failure) => [path.basename(failure.file), failure.reason]),
    );
    expect(reasons).toEqual({
      'empty.txt': 'the file is empty',
      'binary.txt': 'the file is binary, not text',
      'photo.jpg': expect.stringMatching(/^unsupported file type ".jpg"/),
      'broken.json': expect.stringMatching(/^not valid JSON/),
      'bad-charset.html': 'the file declares an unknown character encoding "klingon"',
      'missing.txt': 'no such file or folder',
      'huge.txt': 'the file is 21.0 MB, over the 20 MB limit',
    });
  });

  it('decodes UTF-16 with a byte-order mark and Windows-1252 without one', async () => {
    const utf16 = Buffer.concat([
      Buffer.from([0xff, 0xfe]),
      Buffer.from('Café talks\n\nDiplomats met in a café on Monday, June 18, 2018.', 'utf16le'),
    ]);
    const cp1252 = Buffer.from(
      'Caf\xe9 talks again\n\nDiplomats met again in the caf\xe9 on Tuesday, June 19, 2018.',
      'latin1',
    );
    const summary = await importPaths(db, [
      folder.write('utf16.txt', utf16),
      folder.write('cp1252.txt', cp1252),
    ]);
    expect(summary.failures).toEqual([]);
    const titles = db
      .prepare('SELECT title FROM articles ORDER BY id')
      .all()
      .map((row) => (row as { title: string }).title);
    expect(titles).toEqual(['Café talks', 'Café talks again']);
  });

  it('imports broken HTML (unclosed tags) as far as it is readable', async () => {
    const broken =
      '<html><head><title>Broken page</title><body><p>Officials met in Seoul on Monday, July 9, 2018 to discuss remains<p>The talks will resume <b>next week';
    const summary = await importPaths(db, [folder.write('broken.html', broken)]);
    expect(summary.failures).toEqual([]);
    expect(article('broken.html')?.text).toContain('The talks will resume next week');
  });

  it('links every stored mention to a quote that is exactly the text at its offsets', async () => {
    await importPaths(db, [
      folder.write('osan.html', HTML_ARTICLE),
      folder.write('remains.txt', PLAIN_ARTICLE),
    ]);
    const rows = db
      .prepare(
        'SELECT m.quote, m.start, m."end", a.text FROM mentions m JOIN articles a ON a.id = m.article_id',
      )
      .all() as { quote: string; start: number; end: number; text: string }[];
    expect(rows.length).toBeGreaterThan(2);
    for (const row of rows) expect(row.text.slice(row.start, row.end)).toBe(row.quote);
  });
});
