import { describe, expect, it } from 'vitest';
import { koreaDocument } from './testing/korea-2018';
import { toTimesketchJsonl } from './timesketch';

describe('toTimesketchJsonl', () => {
  const lines = toTimesketchJsonl(koreaDocument()).split('\n');

  it('writes one JSON object per line, each with the three required fields', () => {
    expect(lines.at(-1)).toBe('');
    const records = lines.slice(0, -1).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.length).toBeGreaterThan(14);
    for (const record of records) {
      expect(typeof record.message).toBe('string');
      expect(record.message).not.toBe('');
      expect(record.datetime).toMatch(/^-?\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+00:00$/u);
      expect(typeof record.timestamp_desc).toBe('string');
      expect(record.timestamp).toBe(Date.parse(String(record.datetime)) * 1000);
    }
  });

  it('dates single-day events once and ranges by start and end', () => {
    const records = lines.filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>);
    const of = (id: number): Record<string, unknown>[] => records.filter((r) => r.event_id === id);
    expect(of(2).map((r) => [r.timestamp_desc, r.datetime])).toEqual([
      ['Event date', '2018-06-12T00:00:00+00:00'],
    ]);
    expect(of(4)[0]?.datetime).toBe('2018-06-12T16:00:00+00:00');
    expect(of(13).map((r) => [r.timestamp_desc, r.datetime])).toEqual([
      ['Event start', '2018-09-18T00:00:00+00:00'],
      ['Event end', '2018-09-20T23:59:59+00:00'],
    ]);
    expect(of(11)[0]).toMatchObject({
      status: 'cancelled',
      source: 'Reuters',
      url: 'https://example.org/reuters/trip-off',
    });
    expect(String(of(2)[0]?.message)).toContain('Trump and Kim met on Tuesday');
    expect(records.filter((r) => r.timestamp_desc === 'Article published')).toHaveLength(6);
  });
});
