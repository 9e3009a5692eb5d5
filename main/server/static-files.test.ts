import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentTypeFor, findStaticFile, resolveStaticPath } from './static-files';

describe('static files of the renderer', () => {
  let base: string;
  let root: string;

  beforeAll(() => {
    base = mkdtempSync(join(tmpdir(), 'timeline-static-'));
    root = join(base, 'renderer');
    mkdirSync(join(root, 'assets'), { recursive: true });
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>t</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(root, '.env'), 'SECRET=1');
    writeFileSync(join(base, 'secret.txt'), 'outside');
    symlinkSync(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  });
  afterAll(() => rmSync(base, { recursive: true, force: true }));

  it('maps / to index.html and nested paths inside the root', async () => {
    expect(await findStaticFile(root, '/')).toBe(join(root, 'index.html'));
    expect(await findStaticFile(root, '/assets/app.js')).toBe(join(root, 'assets', 'app.js'));
  });

  it('refuses traversal, encoded separators, NUL bytes and dotfiles', async () => {
    for (const path of [
      '/../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%5c..%5c..%5csecret.txt',
      '/index.html%00.js',
      '/.env',
      '/%E0%A4%A',
    ]) {
      expect(resolveStaticPath(root, path), path).toBeNull();
      expect(await findStaticFile(root, path), path).toBeNull();
    }
  });

  it('refuses a symlink that leads out of the root, and directories', async () => {
    expect(resolveStaticPath(root, '/assets/link.txt')).not.toBeNull();
    expect(await findStaticFile(root, '/assets/link.txt')).toBeNull();
    expect(await findStaticFile(root, '/assets')).toBeNull();
  });

  it('sends scripts as JavaScript and unknown kinds as bytes', () => {
    expect(contentTypeFor('a/app.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeFor('index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('font.woff2')).toBe('font/woff2');
    expect(contentTypeFor('archive.xyz')).toBe('application/octet-stream');
  });
});
