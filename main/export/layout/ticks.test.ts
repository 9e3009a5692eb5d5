import { describe, expect, it } from 'vitest';
import { toMs } from '../dates';
import { measureText } from '../fonts';
import { computeTicks } from './ticks';

const width = (label: string): number => measureText(label, 11);

function ticks(from: string, to: string, pixels = 1100): ReturnType<typeof computeTicks> {
  return computeTicks(toMs(from), toMs(to), pixels, width);
}

describe('computeTicks', () => {
  const spans: [string, string, string][] = [
    ['2018-06-12T08:00', '2018-06-12T14:00', 'hour'],
    ['2018-06-12', '2018-06-13', '3 hours'],
    ['2018-06-01', '2018-06-10', 'day'],
    ['2018-06-01', '2018-09-30', '2 weeks'],
    ['2018-01-01', '2018-12-31', 'month'],
    ['2014-01-01', '2018-12-31', '6 months'],
    ['1990-01-01', '2019-12-31', '5 years'],
    ['1900-01-01', '2019-12-31', 'decade'],
  ];
  for (const [from, to, unit] of spans) {
    it(`picks ${unit} ticks for ${from} – ${to}, between 5 and 12, inside the range`, () => {
      const result = ticks(from, to);
      expect(result.unit).toBe(unit);
      expect(result.major.length).toBeGreaterThanOrEqual(5);
      expect(result.major.length).toBeLessThanOrEqual(12);
      for (const tick of result.major) {
        expect(tick.at).toBeGreaterThanOrEqual(toMs(from));
        expect(tick.at).toBeLessThanOrEqual(toMs(to));
        expect(tick.label.length).toBeGreaterThan(0);
      }
      for (const minor of result.minor) expect(result.major.some((t) => t.at === minor)).toBe(false);
    });
  }

  it('treats the end as exclusive: no tick at the first instant after the range', () => {
    const year = computeTicks(toMs('2018-01-01'), toMs('2019-01-01'), 1100, width);
    expect(year.major.at(-1)?.label).toBe('Dec 2018');
  });

  it('aligns months on the 1st and weeks on Mondays', () => {
    for (const tick of ticks('2018-01-01', '2018-12-31').major)
      expect(new Date(tick.at).getUTCDate()).toBe(1);
    for (const tick of ticks('2018-06-01', '2018-09-30').major) expect(new Date(tick.at).getUTCDay()).toBe(1);
  });

  it('goes coarser when labels would not fit side by side', () => {
    const wide = ticks('2018-01-01', '2018-12-31', 1100);
    const narrow = ticks('2018-01-01', '2018-12-31', 300);
    expect(narrow.major.length).toBeLessThan(wide.major.length);
    const spacing = 300 / narrow.major.length;
    for (const tick of narrow.major) expect(width(tick.label)).toBeLessThan(spacing);
  });
});
