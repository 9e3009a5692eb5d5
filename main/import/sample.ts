/**
 * The sample corpus a first run opens with: articles about the 2018 US–North Korea diplomacy,
 * written for this project, in assets/sample.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db';
import type { ImportSummary } from '../common/api';
import { importPaths } from './pipeline';

/** The folder of sample articles, in a checkout, a bundle (dist/…) or a packaged app. */
export function sampleCorpusDirectory(): string {
  const candidates = [
    path.join(__dirname, '..', '..', 'assets', 'sample'),
    path.join(__dirname, '..', 'assets', 'sample'),
  ];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`Sample corpus not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** The sample article files (numbered `NN-name.ext`; the folder's README is not an article). */
export function sampleArticleFiles(directory = sampleCorpusDirectory()): string[] {
  return fs
    .readdirSync(directory)
    .filter((name) => /^\d{2}-.+\.(?:txt|md|html)$/.test(name))
    .sort()
    .map((name) => path.join(directory, name));
}

/** Imports the sample articles into a database. */
export function seedSampleCorpus(db: Db): Promise<ImportSummary> {
  return importPaths(db, sampleArticleFiles());
}
