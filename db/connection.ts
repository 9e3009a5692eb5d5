/**
 * Opening the one SQLite file that the app, the command line and the tests share.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  /**
   * Path of a better-sqlite3 native addon built for the running ABI. Electron passes its own build
   * here so that node_modules keeps the Node build that `npm test` loads.
   */
  nativeBinding?: string;
  /** Open without creating or migrating (for inspection). */
  readonly?: boolean;
}

/** Opens (creating if needed) and migrates a database. `:memory:` gives a private in-memory one. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:' && !options.readonly)
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const db = new Database(file, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  try {
    if (!options.readonly) db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    if (!options.readonly) migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/** Whether a database file already exists with tables in it (the first-run check). */
export function databaseExists(file: string): boolean {
  return file !== ':memory:' && fs.existsSync(file) && fs.statSync(file).size > 0;
}
