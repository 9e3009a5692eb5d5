import { describe, expect, it } from 'vitest';
import { inferPublicationDate, parseFullDate } from './published';

describe('inferPublicationDate', () => {
  it('reads a dateline with a date', () => {
    expect(
      inferPublicationDate('SEOUL, July 7, 2018 — Secretary of State Mike Pompeo left Pyongyang.'),
    ).toEqual({
      date: '2018-07-07',
      source: 'dateline',
      evidence: 'SEOUL, July 7, 2018 — Secretary of State Mike Pompeo left Pyongyang.',
    });
    expect(inferPublicationDate('WASHINGTON (AP) — July 6, 2018 — The State Department said…')?.date).toBe(
      '2018-07-06',
    );
  });

  it('reads "Published" and byline lines, preferring Published over Updated', () => {
    expect(inferPublicationDate('Talks resume\nPublished: 7 July 2018\nUpdated: 9 July 2018')).toMatchObject({
      date: '2018-07-07',
      source: 'byline',
    });
    expect(inferPublicationDate('Talks resume\nBy Jane Doe | July 7, 2018\nText.')).toMatchObject({
      date: '2018-07-07',
      source: 'byline',
      evidence: 'By Jane Doe | July 7, 2018',
    });
    expect(inferPublicationDate('Updated July 8, 2018 10:00 a.m.\nText.')).toMatchObject({
      date: '2018-07-08',
      source: 'byline',
    });
  });

  it('falls back to the latest full date near the top or on a signature line', () => {
    const text = [
      'Trump posted about the summit.',
      '',
      'A very good meeting with Kim.',
      '— Donald J. Trump (@realDonaldTrump) June 13, 2018',
      '',
      'The president also wrote on June 12, 2018 that the world had taken a big step.',
    ].join('\n');
    expect(inferPublicationDate(text)).toEqual({
      date: '2018-06-13',
      source: 'text',
      evidence: '— Donald J. Trump (@realDonaldTrump) June 13, 2018',
    });
  });

  it('returns null when the text gives no full date', () => {
    expect(inferPublicationDate('Trump met Kim on June 12 in Singapore.')).toBeNull();
  });
});

describe('parseFullDate', () => {
  it('parses the usual shapes and rejects impossible dates', () => {
    expect(parseFullDate('Saturday, July 7, 2018')).toBe('2018-07-07');
    expect(parseFullDate('7 Jul. 2018')).toBe('2018-07-07');
    expect(parseFullDate('2018-07-07')).toBe('2018-07-07');
    expect(parseFullDate('07/06/2018')).toBe('2018-07-06');
    expect(parseFullDate('February 30, 2018')).toBeNull();
  });
});
