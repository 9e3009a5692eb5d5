/**
 * Extraction rules that need more than one clause: datelines, plans governed by a cancelling verb,
 * dates on nouns, words that point back ("the two men", "the ceremony took place"), deferred
 * infinitives and weekdays in future clauses.
 */
import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types';
import { extractEvents } from './extract';

function run(text: string, publishedAt: string): ExtractedEvent[] {
  return extractEvents({ text, publishedAt });
}

function titles(events: ExtractedEvent[]): string[] {
  return events.map((event) => event.title);
}

function actors(event: ExtractedEvent | undefined): string[] {
  return (event?.entities ?? []).filter((entity) => entity.role === 'actor').map((entity) => entity.name);
}

describe('extractEvents in context', () => {
  it('never dates an event by the dateline: the sentence keeps its own date', () => {
    const events = run(
      'BERLIN, March 3, 2019 (Example Wire) — Chancellor Angela Merkel met the French president on Friday.',
      '2019-03-03',
    );
    expect(events.map((event) => event.interval.start)).toEqual(['2019-03-01']);
    expect(events[0]?.mention.quote.startsWith('Chancellor')).toBe(true);
  });

  it('marks a plan cancelled when the clause that governs it calls it off, and names what was planned', () => {
    const events = run(
      'The governor on Tuesday scrapped a tour of the border that Senator John Avila was due to make next week.',
      '2019-05-08',
    );
    const scrapping = events.find((event) => event.interval.start === '2019-05-07');
    const tour = events.find((event) => event.interval.granularity === 'week');
    expect(scrapping?.status).toBe('occurred');
    expect(tour?.status).toBe('cancelled');
    expect(tour?.title).toBe("Avila's tour of the border");
  });

  it('marks cancelled a plan recalled in a reduced relative: "A visit X had planned in May was called off"', () => {
    const [visit] = run('A visit Avila had planned in May was called off by the governor.', '2019-09-01');
    expect(visit?.status).toBe('cancelled');
    expect(visit?.title).toBe("Avila's visit");
  });

  it('marks cancelled what a sentence says never took place', () => {
    const [wait] = run(
      'Inspectors waited at the plant on March 4 for the handover, but the handover never took place.',
      '2019-03-10',
    );
    expect(wait?.status).toBe('cancelled');
  });

  it('reads a date after a noun governed by a preposition as dating that noun', () => {
    const events = run(
      'The ministry said all planning for the parade this May had been suspended.',
      '2019-03-10',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.status).toBe('cancelled');
    expect(events[0]?.title).toBe('Parade');
  });

  it('gives a landmark noun only its own entities, but a noun of participation the people at it', () => {
    const [landmark] = run(
      'Avila landed in Lima on Friday, his first trip since the May 2 summit in Quito.',
      '2019-06-10',
    ).filter((event) => event.interval.start === '2019-05-02');
    expect(landmark?.title).toBe('Summit in Quito');
    expect(actors(landmark)).toEqual([]);
    const [attended] = run('Mike Pompeo and Moon Jae-in spoke at the May 2 summit.', '2019-06-10');
    expect(actors(attended)).toEqual(['Mike Pompeo', 'Moon Jae-in']);
  });

  it('names "the two men" by the people last named together, with plural agreement', () => {
    const events = run(
      'Mike Pompeo and Moon Jae-in arrived in Oslo on Monday. The two men shook hands on Tuesday.',
      '2019-06-12',
    );
    const handshake = events.find((event) => event.interval.start === '2019-06-11');
    expect(handshake?.title).toBe('Pompeo and Moon shake hands');
    expect(actors(handshake)).toEqual(['Mike Pompeo', 'Moon Jae-in']);
  });

  it('makes a plural subject agree in the headline', () => {
    const [event] = run('Several nurses walked out of the clinic on Monday.', '2019-06-12');
    expect(event?.title).toMatch(/^Several nurses walk /);
  });

  it('points "the flight took place" back to the flight just told at the same date', () => {
    const events = run(
      'A cargo plane carried the crates from Lima to Quito on Friday. The flight took place on June 7, a year after the flood.',
      '2019-06-08',
    );
    expect(titles(events)).toHaveLength(2);
    expect(events[1]?.title).toBe(events[0]?.title);
  });

  it('names an event noun that "takes place" without an antecedent by its noun phrase', () => {
    const [ceremony] = run(
      'The crates will go to Lima for a formal burial ceremony, which is expected to take place next week.',
      '2019-06-08',
    );
    expect(ceremony?.title).toBe('Formal burial ceremony');
    expect(ceremony?.status).toBe('scheduled');
  });

  it("dates the infinitive, with the first verb's subject, when a past verb cannot take a future date", () => {
    const events = run(
      'Avila met the mayor on Monday and afterwards accepted an invitation to visit Lima next month.',
      '2019-06-12',
    );
    const visit = events.find((event) => event.interval.granularity === 'month');
    expect(visit?.title).toBe('Avila to visit Lima');
    expect(visit?.status).toBe('scheduled');
    expect(visit?.interval.start).toBe('2019-07-01');
  });

  it('reads a bare weekday in a future clause as the next such day', () => {
    const [meeting] = run('Avila is expected to meet the mayor on Monday.', '2019-06-12');
    expect(meeting?.interval.start).toBe('2019-06-17');
    expect(meeting?.mention.timex.value).toBe('2019-06-17');
  });

  it('adds the span of "at the end of a three-day visit" as an event of its own', () => {
    const events = run(
      'Avila and Moon Jae-in toured the harbor on Friday morning, at the end of a three-day visit to Lima.',
      '2019-06-15',
    );
    const visit = events.find((event) => event.interval.start !== event.interval.end);
    expect(visit?.interval).toMatchObject({ start: '2019-06-12', end: '2019-06-14' });
    expect(visit?.title).toMatch(/three-day visit$/);
    expect(
      events.some((event) => event.interval.start === '2019-06-14' && event.interval.end === '2019-06-14'),
    ).toBe(true);
  });

  it('skips a hedge ("what are believed to be") and a "to the day after" landmark', () => {
    const events = run(
      'A truck carried 30 boxes of what are believed to be old records to the archive on Friday, ten years to the day after the fire.',
      '2019-06-15',
    );
    expect(events).toHaveLength(1);
    expect(events[0]?.interval.start).toBe('2019-06-14');
    expect(events[0]?.title).toMatch(/^Truck carries 30 boxes/);
  });
});
