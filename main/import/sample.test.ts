/**
 * The whole sample corpus through the real importer: the events a reader should find
 * (assets/README.md, table "Events a reader should find"), their dates, final statuses and merges.
 * Events are found by date and quoted words, never by title, so better titles do not break this.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { merges as mergeQueries, mentions as mentionQueries, openDatabase, type Db } from '../../db';
import type { ExportDocument, ExportEvent } from '../common/export-document';
import { buildExportDocument } from '../service/export-data';
import { undoMerge } from './merge-events';
import { seedSampleCorpus } from './sample';

let db: Db;
let doc: ExportDocument;

beforeAll(async () => {
  db = openDatabase(':memory:');
  await seedSampleCorpus(db);
  doc = buildExportDocument(db);
}, 60_000);

/** The sample's article number (01–10) of each article id. */
function articleNumber(articleId: number): string {
  const file = doc.articles.find((article) => article.id === articleId)?.file ?? '';
  return file.slice(0, 2);
}

function articlesOf(event: ExportEvent): Set<string> {
  return new Set(event.mentions.map((mention) => articleNumber(mention.articleId)));
}

/** The one event covering `day` with a mention quoting `words` (from article `from` when given). */
function eventWith(day: string, words: RegExp, from?: string): ExportEvent {
  const found = doc.events.filter(
    (event) =>
      event.start.slice(0, 10) <= day &&
      day <= event.end.slice(0, 10) &&
      event.mentions.some(
        (mention) =>
          words.test(mention.quote) && (from === undefined || articleNumber(mention.articleId) === from),
      ),
  );
  expect(
    found.map((event) => event.title),
    `${day} ${words}`,
  ).toHaveLength(1);
  return found[0] as ExportEvent;
}

describe('the sample corpus', () => {
  it('E01: one Singapore summit on 12 June 2018, occurred, reported by five articles', () => {
    const summit = eventWith('2018-06-12', /met on Tuesday at the Capella hotel/, '01');
    expect([summit.start, summit.end]).toEqual(['2018-06-12', '2018-06-12']);
    expect(summit.status).toBe('occurred');
    for (const article of ['01', '02', '03', '05', '06']) expect(articlesOf(summit)).toContain(article);
  });

  it('E05: Pompeo in Pyongyang on 6–7 July, one event from the arrival and the departure', () => {
    const trip = eventWith('2018-07-06', /arrived in Pyongyang on Friday/, '03');
    expect([trip.start, trip.end]).toEqual(['2018-07-06', '2018-07-07']);
    expect(trip.status).toBe('occurred');
    expect(trip.mentions.some((mention) => /left North Korea on Saturday/.test(mention.quote))).toBe(true);
  });

  it('E07: the remains talks of 12 July, announced approximately in 03 and reported in 04', () => {
    const talks = eventWith('2018-07-12', /around July 12/, '03');
    expect([talks.start, talks.end]).toEqual(['2018-07-12', '2018-07-12']);
    expect(articlesOf(talks)).toEqual(new Set(['03', '04']));
    const announced = mentionQueries
      .listMentionsOfEvent(db, talks.id)
      .find((mention) => /around July 12/.test(mention.quote));
    expect(announced?.certainty).toBe('approximate');
    expect(announced?.dateStart).toBe('2018-07-12');
    expect(talks.status).toBe('cancelled');
  });

  it('E09: the remains flown out on 27 July, from the day report (05) and "last week" (06)', () => {
    const flight = eventWith('2018-07-27', /C-17 transport plane carried 55 cases/, '05');
    expect([flight.start, flight.end]).toEqual(['2018-07-27', '2018-07-27']);
    expect(flight.status).toBe('occurred');
    expect(articlesOf(flight)).toEqual(new Set(['05', '06']));
  });

  it('E10: the Pearl Harbor-Hickam ceremony on 1 August, announced in 05 for "next week"', () => {
    const ceremony = eventWith('2018-08-01', /repatriation ceremony/, '06');
    expect([ceremony.start, ceremony.end]).toEqual(['2018-08-01', '2018-08-01']);
    expect(ceremony.status).toBe('occurred');
    expect(articlesOf(ceremony)).toEqual(new Set(['05', '06']));
  });

  it('E11 and E12: the trip called off on 24 August is a cancelled trip for the week after', () => {
    const calledOff = eventWith('2018-08-24', /on Friday called off a trip/, '07');
    expect([calledOff.start, calledOff.end, calledOff.status]).toEqual([
      '2018-08-24',
      '2018-08-24',
      'occurred',
    ]);
    const trip = eventWith('2018-08-28', /was due to make next week/, '07');
    expect([trip.start, trip.end, trip.status]).toEqual(['2018-08-27', '2018-09-02', 'cancelled']);
    expect(trip.id).not.toBe(calledOff.id);
    // Article 10 recalls the same trip: "A visit Pompeo had planned in August was called off".
    expect(articlesOf(trip)).toContain('10');
  });

  it('E13: the inter-Korean summit of 18–20 September, foretold in 04 and 07, recalled in 09', () => {
    const summit = eventWith('2018-09-19', /flew into Pyongyang on Tuesday/, '08');
    expect(summit.start.slice(0, 10) <= '2018-09-18' && summit.end.slice(0, 10) >= '2018-09-20').toBe(true);
    expect(summit.status).toBe('occurred');
    for (const article of ['04', '07', '08', '09']) expect(articlesOf(summit)).toContain(article);
    // Vague dates about other things stay apart: Moon–Trump in New York, Kim's possible Seoul visit.
    const quotes = summit.mentions.map((mention) => mention.quote).join('\n');
    expect(quotes).not.toMatch(/in New York in late September/);
    expect(quotes).not.toMatch(/invitation to visit Seoul/);
  });

  it('E16–E18: Moon meets Trump on 24 Sept, Trump speaks on 25 Sept, Pompeo meets Ri on 26 Sept', () => {
    const moonTrump = eventWith('2018-09-24', /met President Donald Trump on Monday/, '09');
    expect([moonTrump.start, moonTrump.end, moonTrump.status]).toEqual([
      '2018-09-24',
      '2018-09-24',
      'occurred',
    ]);
    expect(articlesOf(moonTrump)).toEqual(new Set(['07', '08', '09']));
    const speech = eventWith('2018-09-25', /addressed the General Assembly on Tuesday/, '10');
    expect([speech.start, speech.end, speech.status]).toEqual(['2018-09-25', '2018-09-25', 'occurred']);
    expect(articlesOf(speech)).toEqual(new Set(['09', '10']));
    const pompeoRi = eventWith('2018-09-26', /met North Korean Foreign Minister Ri Yong Ho/, '10');
    expect([pompeoRi.start, pompeoRi.end, pompeoRi.status]).toEqual(['2018-09-26', '2018-09-26', 'occurred']);
    expect(articlesOf(pompeoRi)).toEqual(new Set(['09', '10']));
  });

  it('E19–E21: the October visit is scheduled, the second summit possible, the armistice in 1953', () => {
    const visit = eventWith('2018-10-15', /invitation from Kim Jong Un to visit Pyongyang next month/, '10');
    expect([visit.start, visit.end, visit.granularity, visit.status]).toEqual([
      '2018-10-01',
      '2018-10-31',
      'month',
      'scheduled',
    ]);
    const secondSummit = eventWith('2019-02-01', /second summit could take place early next year/, '10');
    expect(secondSummit.status).toBe('possible');
    const armistice = eventWith('1953-07-27', /ended in 1953 with an armistice/, '01');
    expect(armistice.status).toBe('occurred');
    expect(articlesOf(armistice)).toEqual(new Set(['01', '05']));
  });

  it('dates no event from a dateline, a byline or page furniture', () => {
    const timexTexts = doc.events.flatMap((event) =>
      event.mentions.map((mention) => mention.timex?.text ?? ''),
    );
    for (const furniture of [
      'July 8, 2018',
      'Sept. 25, 2018',
      'August 31',
      'October 9-11',
      'October 15',
      'Sept. 20',
    ])
      expect(timexTexts).not.toContain(furniture);
    for (const event of doc.events)
      for (const mention of event.mentions) {
        const text = doc.articles.find((article) => article.id === mention.articleId)?.text ?? '';
        // The dateline "TOKYO, July 8, 2018 (The Harbor Ledger)" is never part of a quote.
        expect(mention.quote).not.toMatch(/^[A-Z ]+, [A-Z][a-z]+\.? \d{1,2}, \d{4} \(/);
        expect(text.slice(mention.start, mention.end)).toBe(mention.quote);
        expect(mention.derivation ?? '').not.toBe('');
      }
  });

  it('records every merge with its reason, and undoing one brings the folded event back', () => {
    const summit = eventWith('2018-06-12', /met on Tuesday at the Capella hotel/, '01');
    const merges = mergeQueries.listMergesOfEvent(db, summit.id);
    expect(merges.length).toBeGreaterThanOrEqual(4);
    for (const merge of merges) expect(merge.reason).toMatch(/score \d/);
    const june12 = merges.find((merge) => /June 12|Singapore/i.test(merge.snapshot));
    expect(june12).toBeDefined();
    const before = buildExportDocument(db).events.length;
    const { restoredId } = undoMerge(db, (june12 as { id: number }).id);
    const after = buildExportDocument(db);
    expect(after.events).toHaveLength(before + 1);
    const restored = after.events.find((event) => event.id === restoredId);
    expect(restored?.mentions.length).toBeGreaterThan(0);
    expect(mergeQueries.getMerge(db, (june12 as { id: number }).id)?.undoneAt).not.toBeNull();
  });
});
