/**
 * Numbered SQL migrations, applied in order, each in its own transaction that also bumps
 * `PRAGMA user_version`, so a database is always at exactly one known version.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})-[\w-]+\.sql$/;

/**
 * Where the migration files are. In a checkout they sit beside this file; the bundled builds
 * (dist/cli, dist/electron) get a copy beside the bundle.
 */
export function migrationsDirectory(): string {
  const candidates = [path.join(__dirname, 'migrations'), path.join(__dirname, '..', 'db', 'migrations')];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`Database migrations not found (looked in ${candidates.join(', ')})`);
  return found;
}

/** Reads the numbered migration files, checking that versions run 1, 2, 3… without gaps. */
export function loadMigrations(directory = migrationsDirectory()): Migration[] {
  const migrations = fs
    .readdirSync(directory)
    .filter((file) => MIGRATION_FILE.test(file))
    .sort()
    .map((file) => ({
      version: Number(MIGRATION_FILE.exec(file)?.[1]),
      name: file,
      sql: fs.readFileSync(path.join(directory, file), 'utf8'),
    }));
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} is out of sequence: expected number ${index + 1}`);
    }
  });
  return migrations;
}

/** The schema version a database is at. */
export function schemaVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings a database up to the newest migration (or to `target`). Refuses a database from a newer
 * app version rather than guessing at a schema it does not know.
 */
export function migrate(db: Database.Database, migrations = loadMigrations(), target?: number): number {
  const newest = target ?? migrations.length;
  const current = schemaVersion(db);
  if (current > migrations.length) {
    throw new Error(
      `This database is at schema version ${current}, newer than this app knows (${migrations.length}). Update the app.`,
    );
  }
  for (const migration of migrations) {
    if (migration.version <= current || migration.version > newest) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return schemaVersion(db);
}
