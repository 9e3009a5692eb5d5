/**
 * People, places and organizations, their roles in events, and tags.
 */
import type { EntityKind } from '../main/common/model';
import type { Db } from './connection';
import { groupValues } from './mentions';
import { statement } from './statements';

export interface EventEntity {
  eventId: number;
  name: string;
  kind: EntityKind;
  role: 'actor' | 'place';
}

/** The id of an entity, created when new. */
export function upsertEntity(db: Db, name: string, kind: EntityKind): number {
  statement(db, 'INSERT INTO entities (name, kind) VALUES (?, ?) ON CONFLICT (name, kind) DO NOTHING').run(
    name,
    kind,
  );
  const row = statement<[string, string], { id: number }>(
    db,
    'SELECT id FROM entities WHERE name = ? AND kind = ?',
  ).get(name, kind);
  if (!row) throw new Error(`Entity ${name} could not be stored`);
  return row.id;
}

/** Links an entity to an event in a role; linking twice is harmless. */
export function linkEntity(
  db: Db,
  eventId: number,
  entityId: number,
  role: 'actor' | 'place',
  position: number,
): void {
  statement(
    db,
    `INSERT INTO event_entities (event_id, entity_id, role, position) VALUES (?, ?, ?, ?)
     ON CONFLICT (event_id, entity_id, role) DO NOTHING`,
  ).run(eventId, entityId, role, position);
}

/** An event's entities as the API and the export name them: who (actors) and where (places). */
export function actorsAndPlaces(linked: readonly EventEntity[]): { actors: string[]; places: string[] } {
  return {
    actors: linked.filter((entity) => entity.role === 'actor').map((entity) => entity.name),
    places: linked.filter((entity) => entity.role === 'place').map((entity) => entity.name),
  };
}

/** Entities of the given events, in the order they were linked. */
export function entitiesOfEvents(db: Db, eventIds: number[]): Map<number, EventEntity[]> {
  const rows = statement<[string], EventEntity>(
    db,
    `SELECT ee.event_id AS eventId, en.name, en.kind, ee.role FROM event_entities ee
     JOIN entities en ON en.id = ee.entity_id
     WHERE ee.event_id IN (SELECT value FROM json_each(?))
     ORDER BY ee.event_id, ee.role, ee.position, en.name`,
  ).all(JSON.stringify(eventIds));
  return groupValues(
    rows,
    (row) => row.eventId,
    (row) => row,
  );
}

/** Removes an event's entity links (before restoring a snapshot). */
export function unlinkEntities(db: Db, eventId: number): void {
  statement(db, 'DELETE FROM event_entities WHERE event_id = ?').run(eventId);
}

/** Tags an event; the tag is created when new. */
export function tagEvent(db: Db, eventId: number, tag: string): void {
  statement(db, 'INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING').run(tag);
  statement(
    db,
    `INSERT INTO event_tags (event_id, tag_id) SELECT ?, id FROM tags WHERE name = ?
     ON CONFLICT (event_id, tag_id) DO NOTHING`,
  ).run(eventId, tag);
}

/** Removes every tag from an event (the tags themselves stay, for other events). */
export function untagEvent(db: Db, eventId: number): void {
  statement(db, 'DELETE FROM event_tags WHERE event_id = ?').run(eventId);
}

/** Tags of the given events. */
export function tagsOfEvents(db: Db, eventIds: number[]): Map<number, string[]> {
  const rows = statement<[string], { eventId: number; name: string }>(
    db,
    `SELECT et.event_id AS eventId, t.name FROM event_tags et JOIN tags t ON t.id = et.tag_id
     WHERE et.event_id IN (SELECT value FROM json_each(?)) ORDER BY et.event_id, t.name`,
  ).all(JSON.stringify(eventIds));
  return groupValues(
    rows,
    (row) => row.eventId,
    (row) => row.name,
  );
}
