/**
 * What every command gets: the database (opened on first use), and its output streams.
 */
import type { Db } from '../../db';
import { openLibrary } from '../service/open-library';

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
  const { db, path, seeded } = await openLibrary(context.dbPath);
  if (seeded) context.stderr.write(`Created ${path} with ${seeded.added} sample articles.\n`);
  return { db, path };
}
