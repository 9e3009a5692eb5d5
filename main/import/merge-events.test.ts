import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  articles as articleQueries,
  entities as entityQueries,
  events as eventQueries,
  mentions as mentionQueries,
  openDatabase,
  type Db,
} from '../../db';
import type { NewEvent } from '../../db/events';
import type { EntityKind } from '../common/model';
import { linkEntities, mergeEvents, undoMerge } from './merge-events';

/** One article reporting one event, as the importer would store it before merging. */
interface Report {
  published: string;
  event: Omit<NewEvent, 'origin'>;
  people: string[];
  places: string[];
  /** Tags the extractor gave the event (a merge carries them to the kept event). */
  tags: string[];
  quote: string;
}

function report(
  published: string,
  event: Omit<NewEvent, 'origin' | 'description'>,
  people: string[],
  places: string[] = [],
  tags: string[] = [],
): Report {
  const quote = `${event.title}, officials said.`;
  return { published, event: { ...event, description: quote }, people, places, tags, quote };
}

/** Stores the report's article, event, mention and entities; returns the event's id. */
function store(db: Db, { published, event, people, places, tags, quote }: Report): number {
  const articleId = articleQueries.insertArticle(db, {
    title: event.title,
    source: 'Wire',
    author: null,
    url: null,
    publishedAt: published,
    publishedSource: 'metadata',
    language: 'en',
    text: quote,
    html: null,
    contentHash: `hash of ${quote}`,
    fileName: null,
  });
  const eventId = eventQueries.insertEvent(db, { ...event, origin: 'extracted' });
  mentionQueries.insertMention(db, {
    eventId,
    articleId,
    start: 0,
    end: quote.length,
    quote,
    timexText: null,
    timexValue: null,
    timexType: null,
    timexStart: null,
    timexEnd: null,
    dateStart: event.start,
    dateEnd: event.end,
    granularity: event.granularity,
    certainty: event.certainty,
    anchor: null,
    derivation: 'test',
  });
  const entity = (kind: EntityKind, role: 'actor' | 'place') => (name: string) => ({ name, kind, role });
  linkEntities(
    db,
    eventId,
    [...people.map(entity('person', 'actor')), ...places.map(entity('place', 'place'))],
    0,
  );
  tags.forEach((tag) => entityQueries.tagEvent(db, eventId, tag));
  return eventId;
}

/** Everything a reader sees of the library, without ids (a restored event gets a new one). */
function library(db: Db) {
  const events = eventQueries.listAllEvents(db);
  const ids = events.map((event) => event.id);
  const entities = entityQueries.entitiesOfEvents(db, ids);
  const tags = entityQueries.tagsOfEvents(db, ids);
  return events
    .map(({ title, description, start, end, granularity, certainty, status, origin, id }) => ({
      title,
      description,
      start,
      end,
      granularity,
      certainty,
      status,
      origin,
      entities: (entities.get(id) ?? []).map((entity) => `${entity.role} ${entity.name}`),
      tags: tags.get(id) ?? [],
      quotes: mentionQueries.listMentionsOfEvent(db, id).map((mention) => mention.quote),
    }))
    .sort((a, b) => (a.quotes[0] ?? '').localeCompare(b.quotes[0] ?? ''));
}

/** Every row the merge code writes, to prove that a refused undo wrote nothing. */
function dump(db: Db): unknown {
  return ['events', 'mentions', 'event_entities', 'event_tags', 'merges', 'entities'].map((table) =>
    db.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all(),
  );
}

/** A library where reports 1… were folded, in order, into report 0 except those in `skipped`. */
function libraryWithout(reports: Report[], skipped: Set<number>) {
  const db = openDatabase(':memory:');
  try {
    const ids = reports.map((each) => store(db, each));
    ids.slice(1).forEach((id, index) => {
      if (!skipped.has(index + 1)) mergeEvents(db, ids[0] as number, id, 'same summit');
    });
    return library(db);
  } finally {
    db.close();
  }
}

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

// Three reports of the Singapore summit: a month, then the day, then the cancellation (with its day).
const MONTH = report(
  '2018-05-20',
  {
    title: 'Trump and Kim to meet in June',
    start: '2018-06-01',
    end: '2018-06-30',
    granularity: 'month',
    certainty: 'exact',
    status: 'scheduled',
  },
  ['Donald Trump'],
  [],
  ['diplomacy'],
);
const DAY = report(
  '2018-05-22',
  {
    title: 'Trump and Kim to meet on June 12 in Singapore',
    start: '2018-06-12',
    end: '2018-06-12',
    granularity: 'day',
    certainty: 'exact',
    status: 'scheduled',
  },
  ['Donald Trump', 'Kim Jong Un'],
  ['Singapore'],
  ['diplomacy', 'summit'],
);
const CANCELLED = report(
  '2018-05-24',
  {
    title: 'Trump calls off the June 12 summit',
    start: '2018-06-12',
    end: '2018-06-12',
    granularity: 'day',
    certainty: 'exact',
    status: 'cancelled',
  },
  ['Donald Trump'],
  [],
  ['cancellation'],
);

describe('undoing merges', () => {
  let db: Db;
  let keptId: number;
  let merges: number[];
  let beforeMerging: ReturnType<typeof library>;
  beforeEach(() => {
    db = openDatabase(':memory:');
    const [month, day, cancelled] = [MONTH, DAY, CANCELLED].map((each) => store(db, each)) as number[];
    keptId = month as number;
    beforeMerging = library(db);
    merges = [
      mergeEvents(db, keptId, day as number, 'same summit'),
      mergeEvents(db, keptId, cancelled as number, 'same summit'),
    ];
  });
  afterEach(() => db.close());

  it('keeps the later report’s day and cancellation when the first merge is undone', () => {
    expect(eventQueries.getEvent(db, keptId)).toMatchObject({ start: '2018-06-12', status: 'cancelled' });
    const { restoredId } = undoMerge(db, merges[0] as number);
    expect(eventQueries.getEvent(db, keptId)).toMatchObject({
      title: CANCELLED.event.title,
      description: CANCELLED.event.description,
      start: '2018-06-12',
      end: '2018-06-12',
      granularity: 'day',
      certainty: 'exact',
      status: 'cancelled',
      origin: 'extracted',
    });
    expect(eventQueries.getEvent(db, restoredId)).toMatchObject({ ...DAY.event, origin: 'extracted' });
    // The same library as if the day's report had never been folded in.
    expect(library(db)).toEqual(libraryWithout([MONTH, DAY, CANCELLED], new Set([1])));
    expect(library(db).find((event) => event.title === DAY.event.title)?.entities).toEqual([
      'actor Donald Trump',
      'actor Kim Jong Un',
      'place Singapore',
    ]);
  });

  it('brings back the original separate events exactly when undone newest first', () => {
    undoMerge(db, merges[1] as number);
    expect(eventQueries.getEvent(db, keptId)).toMatchObject({
      title: MONTH.event.title,
      start: '2018-06-12',
      status: 'scheduled',
    });
    undoMerge(db, merges[0] as number);
    expect(library(db)).toEqual(beforeMerging);
    expect(library(db)).toHaveLength(3);
  });

  it('leaves a kept event the user corrected as corrected, while the folded event comes back', () => {
    const row = eventQueries.getEvent(db, keptId);
    if (!row) throw new Error('kept event missing');
    // What the service's updateEvent writes: the patch over the row, marked as the user's.
    const corrected = {
      ...row,
      title: 'Singapore summit, called off then held',
      description: 'Edited by hand',
      certainty: 'approximate' as const,
      origin: 'user' as const,
    };
    eventQueries.updateEvent(db, keptId, corrected);
    const { restoredId } = undoMerge(db, merges[0] as number);
    expect(eventQueries.getEvent(db, keptId)).toMatchObject({
      title: corrected.title,
      description: corrected.description,
      start: corrected.start,
      end: corrected.end,
      granularity: corrected.granularity,
      certainty: 'approximate',
      status: corrected.status,
      origin: 'user',
    });
    expect(eventQueries.getEvent(db, restoredId)).toMatchObject({ ...DAY.event, origin: 'extracted' });
    expect(mentionQueries.listMentionsOfEvent(db, restoredId).map((mention) => mention.quote)).toEqual([
      DAY.quote,
    ]);
    expect(mentionQueries.listMentionsOfEvent(db, keptId).map((mention) => mention.quote)).toEqual([
      MONTH.quote,
      CANCELLED.quote,
    ]);
    // Entities are not the user's to edit: the folded event's people and places leave with it.
    expect(
      entityQueries
        .entitiesOfEvents(db, [keptId])
        .get(keptId)
        ?.map((entity) => entity.name),
    ).toEqual(['Donald Trump']);
  });

  it('refuses to undo a merge twice, or one that does not exist, and changes nothing', () => {
    undoMerge(db, merges[0] as number);
    const before = dump(db);
    expect(() => undoMerge(db, merges[0] as number)).toThrow(
      new RegExp(`Merge ${merges[0]} was already undone .*nothing was changed`),
    );
    expect(dump(db)).toEqual(before);
    expect(() => undoMerge(db, 999)).toThrow('Merge 999 does not exist');
    expect(dump(db)).toEqual(before);
  });
});

describe('undoing merges in any order', () => {
  // Four reports folded into the first: the day, a cancellation with only the month, and a two-day
  // span published before the cancellation but folded in after it.
  const reports = [
    MONTH,
    DAY,
    report(
      '2018-05-25',
      {
        title: 'Summit called off',
        start: '2018-06-01',
        end: '2018-06-30',
        granularity: 'month',
        certainty: 'exact',
        status: 'cancelled',
      },
      ['Kim Jong Un'],
      [],
      ['cancellation', 'summit'],
    ),
    report(
      '2018-05-23',
      {
        title: 'Summit to run over two days',
        start: '2018-06-12',
        end: '2018-06-13',
        granularity: 'day',
        certainty: 'approximate',
        status: 'possible',
      },
      ['Moon Jae-in'],
      ['Sentosa'],
      ['logistics'],
    ),
  ];

  it('gives, after every undo, the library in which those merges were never made', () => {
    const orders = permutations([1, 2, 3]);
    expect(orders).toHaveLength(6);
    for (const order of orders) {
      const db = openDatabase(':memory:');
      const ids = reports.map((each) => store(db, each));
      const mergeOf = new Map(
        ids.slice(1).map((id, index) => [index + 1, mergeEvents(db, ids[0] as number, id, 'x')]),
      );
      const undone = new Set<number>();
      for (const index of order) {
        undoMerge(db, mergeOf.get(index) as number);
        undone.add(index);
        expect(library(db), `undone ${[...undone].join(', ')} of order ${order.join(', ')}`).toEqual(
          libraryWithout(reports, undone),
        );
      }
      expect(library(db)).toHaveLength(reports.length);
      db.close();
    }
  });
});
