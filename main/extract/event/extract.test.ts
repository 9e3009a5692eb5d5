import { describe, expect, it } from 'vitest';
import type { ExtractedEvent } from '../types';
import { extractEvents } from './extract';

const JULY_7 = '2018-07-07';

function only(text: string, publishedAt = JULY_7): ExtractedEvent {
  const events = extractEvents({ text, publishedAt });
  expect(events, JSON.stringify(events.map((event) => event.title))).toHaveLength(1);
  return events[0] as ExtractedEvent;
}

function names(event: ExtractedEvent, role: 'actor' | 'place'): string[] {
  return event.entities.filter((entity) => entity.role === role).map((entity) => entity.name);
}

describe('extractEvents', () => {
  it('stretches "a two-day trip … today" back from the article date and names who went where', () => {
    const event = only('Secretary of State Mike Pompeo wrapped up a two-day trip to Pyongyang today.');
    expect(event.interval).toEqual({
      start: '2018-07-06',
      end: '2018-07-07',
      granularity: 'day',
      certainty: 'exact',
    });
    expect(event.status).toBe('occurred');
    expect(event.title).toBe('Pompeo wraps up two-day trip to Pyongyang');
    expect(names(event, 'actor')).toEqual(['Mike Pompeo']);
    expect(names(event, 'place')).toEqual(['Pyongyang']);
    expect(event.mention.derivation).toBe(
      '"a two-day trip … today", in an article published 7 July 2018 → 6–7 July 2018',
    );
  });

  it('reads "will meet around July 12" as scheduled and approximate', () => {
    const event = only(
      'Officials from both sides will meet around July 12 at the border to discuss the return of remains.',
    );
    expect(event.status).toBe('scheduled');
    expect(event.interval).toMatchObject({
      start: '2018-07-12',
      end: '2018-07-12',
      certainty: 'approximate',
    });
    expect(event.title).toBe('Officials from both sides to meet at border');
    expect(event.mention.derivation).toContain("year from the article's date 2018");
  });

  it('reads "could take place in September" as a possible event dated by month', () => {
    const event = only('A second summit could take place in September.');
    expect(event.status).toBe('possible');
    expect(event.interval).toMatchObject({ start: '2018-09-01', end: '2018-09-30', granularity: 'month' });
    expect(event.title).toMatch(/summit could take place$/i);
  });

  it('marks the planned date of called-off exercises cancelled, and dates the calling-off itself', () => {
    const events = extractEvents({
      text: 'The joint military exercises planned for August were called off last month.',
      publishedAt: JULY_7,
    });
    const august = events.find((event) => event.interval.start === '2018-08-01');
    const june = events.find((event) => event.interval.start === '2018-06-01');
    expect(august?.status).toBe('cancelled');
    expect(august?.title).toBe('Joint military exercises');
    expect(june?.status).toBe('occurred');
    expect(june?.title).toBe('Joint military exercises called off');
  });

  it('starts a future "three-day visit on Monday" on that Monday', () => {
    const event = only('Moon Jae-in will begin a three-day visit to Pyongyang on Monday.');
    expect(event.interval).toMatchObject({ start: '2018-07-09', end: '2018-07-11' });
    expect(event.status).toBe('scheduled');
    expect(event.title).toBe('Moon to begin three-day visit to Pyongyang');
  });

  it('writes a plural headline for two actors and keeps the place, not the date', () => {
    const event = only('On June 12, Trump and Kim met in Singapore.', '2018-06-13');
    expect(event.title).toBe('Trump and Kim meet in Singapore');
    expect(names(event, 'actor')).toEqual(['Donald Trump', 'Kim Jong Un']);
    expect(names(event, 'place')).toEqual(['Singapore']);
    expect(event.mention.derivation).toBe(
      '"June 12" (absolute date, year from the article\'s date 2018) → 12 June 2018',
    );
  });

  it('gives mention and timex offsets in the article text, not the sentence', () => {
    const text = 'Talks went on for hours.\n\nNorth Korea fired a missile on Friday.';
    const event = only(text);
    expect(text.slice(event.mention.start, event.mention.end)).toBe('North Korea fired a missile on Friday.');
    expect(text.slice(event.mention.timex.start, event.mention.timex.end)).toBe('Friday');
    expect(event.title).toBe('North Korea fires missile');
  });

  it('dates the noun in "last month\'s summit" rather than the reporting verb', () => {
    const event = only("Trump said last month's summit with Kim was a success.");
    expect(event.title).toBe('Summit with Kim');
    expect(event.interval).toMatchObject({ start: '2018-06-01', end: '2018-06-30', granularity: 'month' });
    expect(event.mention.derivation).toBe('"last month", in an article published 7 July 2018 → June 2018');
  });

  it('resolves a pronoun subject to the person named just before', () => {
    const events = extractEvents({
      text: 'Mike Pompeo landed in Pyongyang. He met Kim Yong Chol on Friday.',
      publishedAt: JULY_7,
    });
    expect(events.map((event) => event.title)).toEqual(['Pompeo meets Kim Yong Chol']);
    expect(events[0]?.entities.map((entity) => entity.name)).toEqual(['Mike Pompeo', 'Kim Yong Chol']);
  });

  it('maps a capital that acts to its government', () => {
    const event = only('Pyongyang said on Thursday it would dismantle the missile engine test site.');
    expect(event.title.startsWith('North Korea says')).toBe(true);
    expect(names(event, 'actor')).toEqual(['North Korea']);
  });

  it('keeps one event when two dates name the same day ("Friday, July 6")', () => {
    const events = extractEvents({
      text: 'North Korea released the detainees on Friday, July 6.',
      publishedAt: JULY_7,
    });
    expect(events).toHaveLength(1);
    expect(events[0]?.interval).toMatchObject({ start: '2018-07-06', end: '2018-07-06' });
  });

  it('skips datelines, bylines and sentences without a verb', () => {
    const text =
      'By Jane Doe | July 7, 2018\nSEOUL, July 7, 2018 — The talks resumed today.\n\nJune 12, 2018: a historic day.';
    const events = extractEvents({ text, publishedAt: JULY_7 });
    expect(events.map((event) => event.title)).toEqual(['Talks resume']);
  });

  it('reads a dated event after the article date without a modal as scheduled', () => {
    const event = only('The ceremony takes place on July 27 in Panmunjom.');
    expect(event.status).toBe('scheduled');
    expect(names(event, 'place')).toEqual(['Panmunjom']);
  });

  it('marks reported dates uncertain', () => {
    const event = only('Kim reportedly visited Beijing on Tuesday.');
    expect(event.interval.certainty).toBe('uncertain');
    expect(event.status).toBe('occurred');
  });

  it('does not turn a negated verb into an event', () => {
    expect(extractEvents({ text: 'Kim did not attend the parade on Friday.', publishedAt: JULY_7 })).toEqual(
      [],
    );
  });

  it('joins coordinated days into one event ("on Friday and Saturday")', () => {
    const event = only('Pompeo met Kim Yong Chol in Pyongyang on Friday and Saturday.');
    expect(event.interval).toMatchObject({ start: '2018-07-06', end: '2018-07-07', granularity: 'day' });
    expect(event.mention.timex.text).toBe('Friday and Saturday');
    expect(event.mention.derivation).toBe(
      '"Friday and Saturday", in an article published 7 July 2018 → 6–7 July 2018',
    );
  });

  it('dates the main verb, not a participle after a noun or a parenthetical "officials said"', () => {
    const statement = only(
      "North Korea's Foreign Ministry said in a statement carried by KCNA on Saturday that talks were regrettable.",
    );
    expect(statement.title.startsWith('Foreign Ministry says')).toBe(true);
    const summit = only('A second summit could take place in September, officials said.');
    expect(summit.status).toBe('possible');
    expect(summit.title).toBe('Second summit could take place');
  });

  it('tells the announcement of a suspension from the suspended drills', () => {
    const events = extractEvents({
      text: 'The Pentagon announced on Monday that the August drills with South Korea were suspended.',
      publishedAt: '2018-06-19',
    });
    expect(events.map((event) => [event.title, event.status, event.interval.start])).toEqual([
      ['Pentagon announces drills with South Korea were suspended', 'occurred', '2018-06-18'],
      ['Drills with South Korea', 'cancelled', '2018-08-01'],
    ]);
  });

  it('cuts long titles at a phrase boundary but not inside a name', () => {
    const event = only('The U.S. and South Korea suspended the Ulchi Freedom Guardian drills last month.');
    expect(event.title).toBe('U.S. and South Korea suspend Ulchi Freedom Guardian drills');
    const met = only('This past June, Trump and Kim met in Singapore for a historic summit.');
    expect(met.title).toBe('Trump and Kim meet in Singapore');
  });

  it('finds the subject behind an appositive and a pronoun named earlier in the sentence', () => {
    const chung = only(
      "In March, Chung Eui-yong, South Korea's national security adviser, delivered Kim's invitation.",
    );
    expect(chung.title).toBe("Chung delivers Kim's invitation");
    const host = only('Trump has said he would like to host Kim at the White House, possibly in the fall.');
    expect(host.title).toBe('Trump wants to host Kim at White House');
    expect(host.status).toBe('possible');
    expect(host.interval).toMatchObject({ granularity: 'season', certainty: 'uncertain' });
  });

  it('reads a passive plan ("are set to be flown") as scheduled', () => {
    const event = only(
      'The remains of about 55 U.S. service members are set to be flown to Hawaii on Aug. 1.',
    );
    expect(event.status).toBe('scheduled');
    expect(event.title).toBe('Remains of 55 U.S. service members to be flown');
    expect(names(event, 'place')).toEqual(['Hawaii']);
  });

  it('counts "a day later" from the date the previous sentence gave', () => {
    const events = extractEvents({
      text: 'Pompeo arrived in Pyongyang on July 6. A day later, he left for Tokyo.',
      publishedAt: '2018-07-09',
    });
    expect(events.map((event) => [event.title, event.interval.start])).toEqual([
      ['Pompeo arrives in Pyongyang', '2018-07-06'],
      ['Pompeo leaves for Tokyo', '2018-07-07'],
    ]);
    expect(events[1]?.mention.derivation).toBe(
      '"A day later", counted from 6 July 2018 (the date the text last moved to) → 7 July 2018',
    );
  });
});
