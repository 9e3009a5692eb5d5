import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate, schemaVersion } from './migrate';

function tables(db: Database.Database): string[] {
  return db
    .prepare(
      "SELECT name FROM sqlite_master WHERE type IN ('table') AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    .all()
    .map((row) => (row as { name: string }).name);
}

describe('migrations', () => {
  const migrations = loadMigrations();

  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.length).toBeGreaterThan(0);
    migrations.forEach((migration, index) => expect(migration.version).toBe(index + 1));
  });

  it('001 creates the tables and sets user_version to 1', () => {
    const db = new Database(':memory:');
    expect(migrate(db, migrations, 1)).toBe(1);
    expect(tables(db)).toEqual(
      expect.arrayContaining([
        'articles',
        'events',
        'mentions',
        'entities',
        'event_entities',
        'tags',
        'event_tags',
        'merges',
      ]),
    );
    expect(tables(db)).toEqual(expect.arrayContaining(['articles_fts', 'events_fts', 'events_span']));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  });

  it('each migration applies on top of the previous one', () => {
    const db = new Database(':memory:');
    for (const migration of migrations) {
      expect(migrate(db, migrations, migration.version)).toBe(migration.version);
      expect(db.pragma('foreign_key_check')).toEqual([]);
    }
  });

  it('running migrate again changes nothing', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const before = db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all();
    migrate(db, migrations);
    expect(db.prepare('SELECT sql FROM sqlite_master ORDER BY name').all()).toEqual(before);
    expect(schemaVersion(db)).toBe(migrations.length);
  });

  it('refuses a database from a newer version of the app', () => {
    const db = new Database(':memory:');
    db.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(db, migrations)).toThrow(/newer than this app knows/);
  });

  it('a failing migration leaves the database at the previous version', () => {
    const db = new Database(':memory:');
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        name: 'broken.sql',
        sql: 'CREATE TABLE x (a); SELECT nope FROM missing;',
      },
    ];
    expect(() => migrate(db, broken)).toThrow();
    expect(schemaVersion(db)).toBe(migrations.length);
    expect(tables(db)).not.toContain('x');
  });

  it('rejects impossible intervals and unknown statuses at the schema level', () => {
    const db = new Database(':memory:');
    migrate(db, migrations);
    const insert = db.prepare(
      `INSERT INTO events (title, start, "end", start_ms, end_ms, granularity, certainty, status, origin, created_at, updated_at)
       VALUES ('x', '2018-01-02', '2018-01-01', ?, ?, 'day', 'exact', ?, 'user', '', '')`,
    );
    expect(() => insert.run(10, 5, 'occurred')).toThrow(/CHECK/);
    expect(() => insert.run(5, 10, 'rumoured')).toThrow(/CHECK/);
  });
});
