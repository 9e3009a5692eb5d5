import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fitText, fontPaths, measureText, shapedWidth, wrapText } from './fonts';

const samples = [
  'Donald Trump and Kim Jong Un hold the first ever summit',
  'AVATAR To Yo Wa',
  'office fight “quoted” — Pyongyang, 6–7 July',
  'Trump–Kim [1, 2]',
];

describe('fonts', () => {
  it('resolves the shipped DejaVu TTFs', () => {
    const paths = fontPaths();
    expect(paths).toHaveLength(2);
    for (const path of paths) {
      expect(path).toMatch(/DejaVuSans(-Bold)?\.ttf$/u);
      expect(existsSync(path)).toBe(true);
    }
  });

  it('measures text as fontkit shapes it, kerning included', () => {
    for (const weight of ['regular', 'bold'] as const) {
      for (const text of samples) {
        const shaped = shapedWidth(text, 11, weight);
        expect(Math.abs(measureText(text, 11, weight) - shaped)).toBeLessThan(Math.max(0.5, shaped * 0.005));
      }
    }
    // Kerning matters: "AV" is narrower than A plus V.
    expect(measureText('AV', 100)).toBeLessThan(measureText('A', 100) + measureText('V', 100));
    expect(measureText('abc', 22)).toBeCloseTo(2 * measureText('abc', 11), 6);
    expect(measureText('', 11)).toBe(0);
  });

  it('shortens text with an ellipsis to fit, at a word boundary when close', () => {
    const text = 'Pentagon suspends the August Ulchi Freedom Guardian exercise';
    expect(fitText(text, 11, 1000)).toBe(text);
    const short = fitText(text, 11, 150);
    expect(short.endsWith('…')).toBe(true);
    expect(measureText(short, 11)).toBeLessThanOrEqual(150);
    expect(text.startsWith(short.slice(0, -1))).toBe(true);
    expect(short).not.toMatch(/ …$/u);
  });

  it('wraps text into lines within a width', () => {
    const text =
      'Associated Press, “Pompeo leaves Pyongyang after two days of talks; North calls them regrettable”, 7 July 2018';
    const lines = wrapText(text, 10.5, 200);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 10.5)).toBeLessThanOrEqual(200);
  });
});
