/**
 * The import of a batch: files and folders on disk, or contents handed over by the app. Each file
 * is parsed, its events extracted, then stored in one transaction; a file that cannot be used is
 * reported by name with the reason and the batch goes on.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db';
import type { ImportSummary } from '../common/api';
import { isIsoDate } from '../common/dates';
import { addImportSummary, emptyImportSummary } from '../common/import-summary';
import { MAX_FILE_BYTES } from './decode';
import { ImportError } from './errors';
import { extractArticleEvents } from './extract-article';
import { isSupportedFile, parseFile } from './parse-file';
import { storeArticle } from './store-article';
import { storeDocument } from './store-document';

export interface ImportOptions {
  /** Publication date for articles whose metadata and text give none (`--published`). */
  published?: string;
  onProgress?: (progress: { done: number; total: number; current: string }) => void;
}

export interface ImportSource {
  /** The name reported and stored (a file's base name). */
  name: string;
  /** Reads the bytes; throws ImportError when they cannot be had. */
  read: () => Uint8Array;
}

/** Imports files and folders (recursively) from disk. */
export async function importPaths(
  db: Db,
  paths: string[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const failures: ImportSummary['failures'] = [];
  const sources: ImportSource[] = [];
  for (const given of paths) {
    try {
      collectSources(given, true, sources);
    } catch (error) {
      failures.push({ file: given, reason: reasonOf(error) });
    }
  }
  const summary = await importSources(db, sources, options);
  return { ...summary, failures: [...failures, ...summary.failures] };
}

/** Imports contents already in memory (the app's file picker and drag-and-drop). */
export async function importBuffers(
  db: Db,
  files: { name: string; bytes: Uint8Array }[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  return importSources(
    db,
    files.map((file) => ({ name: path.basename(file.name), read: () => file.bytes })),
    options,
  );
}

/** Imports a list of sources one by one, yielding to the event loop between files. */
export async function importSources(
  db: Db,
  sources: ImportSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  if (options.published !== undefined && !isIsoDate(options.published)) {
    throw new ImportError(`--published must be a real date as YYYY-MM-DD, not "${options.published}"`);
  }
  const summary = emptyImportSummary();
  for (const [index, source] of sources.entries()) {
    options.onProgress?.({ done: index, total: sources.length, current: source.name });
    try {
      importOne(db, source, options, summary);
    } catch (error) {
      summary.failures.push({ file: source.name, reason: reasonOf(error) });
    }
    // Let progress reach the window (or the HTTP stream) between files.
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  options.onProgress?.({ done: sources.length, total: sources.length, current: '' });
  return summary;
}

function importOne(db: Db, source: ImportSource, options: ImportOptions, summary: ImportSummary): void {
  const parsed = parseFile(source.name, source.read());
  if (parsed.kind === 'document') {
    addImportSummary(summary, { ...storeDocument(db, parsed.document, source.name), failures: [] });
    return;
  }
  const article = parsed.article;
  if (!article.publishedAt && options.published) {
    article.publishedAt = options.published;
    article.publishedSource = 'option';
  }
  const outcome = storeArticle(db, article, source.name, extractArticleEvents(article));
  if (outcome.kind === 'duplicate') {
    summary.duplicates += 1;
    return;
  }
  summary.added += 1;
  summary.events += outcome.events;
  summary.mentions += outcome.mentions;
  summary.articleIds.push(outcome.articleId);
}

/** Adds a file, or a folder's supported files (recursively, skipping hidden ones), to `sources`. */
function collectSources(given: string, explicit: boolean, sources: ImportSource[]): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(given);
  } catch {
    throw new ImportError('no such file or folder');
  }
  if (stat.isDirectory()) {
    const entries = fs
      .readdirSync(given, { withFileTypes: true })
      .sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const child = path.join(given, entry.name);
      if (entry.isDirectory() || (entry.isFile() && isSupportedFile(entry.name)))
        collectSources(child, false, sources);
    }
    return;
  }
  if (!stat.isFile()) throw new ImportError('not a regular file');
  if (!explicit && !isSupportedFile(given)) return;
  sources.push({ name: path.basename(given), read: () => readLimited(given, stat.size) });
}

function readLimited(file: string, size: number): Uint8Array {
  // Checking the size before reading keeps a stray disk image from filling memory.
  if (size > MAX_FILE_BYTES) {
    throw new ImportError(
      `the file is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${MAX_FILE_BYTES / 1024 / 1024} MB limit`,
    );
  }
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new ImportError(`could not be read (${(error as NodeJS.ErrnoException).code ?? 'I/O error'})`);
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof ImportError) return error.message;
  if (error instanceof RangeError) return `impossible date: ${error.message}`;
  return `could not be imported: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}
