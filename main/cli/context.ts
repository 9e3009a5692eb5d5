/**
 * What every command gets: the database (opened on first use), and its output streams.
 */
import { databaseExists, defaultDatabasePath, openDatabase, type Db } from '../../db';
import { seedSampleCorpus } from '../import/sample';

export interface Output {
  write(text: string | Uint8Array): void;
  isTTY: boolean;
}

export interface CliContext {
  /** The database path given with --db, or null for the desktop app's default. */
  dbPath: string | null;
  stdout: Output;
  stderr: Output;
  stdin: NodeJS.ReadableStream;
}

/**
 * Opens the database a command works on. The default database is created with the sample corpus
 * the first time; a database named with --db starts empty.
 */
export async function openCommandDatabase(context: CliContext): Promise<{ db: Db; path: string }> {
  const path = context.dbPath ?? defaultDatabasePath();
  const firstRun = context.dbPath === null && !databaseExists(path);
  const db = openDatabase(path);
  if (firstRun) {
    const summary = await seedSampleCorpus(db);
    context.stderr.write(`Created ${path} with ${summary.added} sample articles.\n`);
  }
  return { db, path };
}
