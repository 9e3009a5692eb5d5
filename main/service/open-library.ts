/**
 * Opening the library a session works on, for the desktop app and the command line alike: the
 * default database is created with the sample corpus the first time; one named with --db starts
 * empty.
 */
import { databaseExists, defaultDatabasePath, openDatabase, type Db, type OpenOptions } from '../../db';
import type { ImportSummary } from '../common/api';
import { seedSampleCorpus } from '../import/sample';

export interface Library {
  db: Db;
  path: string;
  /** What seeding imported, when this was the first run on the default database. */
  seeded: ImportSummary | null;
}

/** Opens `--db FILE`, or the default database (seeding it on first use) when `path` is null. */
export async function openLibrary(
  path: string | null,
  options: Pick<OpenOptions, 'nativeBinding'> = {},
): Promise<Library> {
  const file = path ?? defaultDatabasePath();
  const firstRun = path === null && !databaseExists(file);
  const db = openDatabase(file, options);
  if (!firstRun) return { db, path: file, seeded: null };
  try {
    return { db, path: file, seeded: await seedSampleCorpus(db) };
  } catch (error) {
    db.close();
    throw error;
  }
}
