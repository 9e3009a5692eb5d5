import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../common/export-document';
import { measureText } from '../fonts';
import { koreaDocument } from '../testing/korea-2018';
import { numberNotes, referenceMark } from './notes';
import { layoutNotes } from './notes-layout';

function manyArticles(count: number): ExportDocument {
  const doc = koreaDocument();
  doc.articles = Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: `A rather long headline about the diplomatic talks, number ${i + 1}, that will not fit`,
    source: 'Associated Press',
    author: null,
    url: null,
    publishedAt: '2018-07-07',
    file: null,
  }));
  doc.events = doc.events.map((event, i) => ({
    ...event,
    mentions: Array.from({ length: Math.ceil(count / doc.events.length) }, (_, k) => ({
      articleId: ((i * 7 + k) % count) + 1,
      quote: 'q',
      start: 0,
      end: 1,
      timex: null,
    })),
  }));
  return doc;
}

describe('numberNotes', () => {
  it('numbers articles once each, by first appearance', () => {
    const doc = koreaDocument();
    const events = [...doc.events].sort((a, b) => a.start.localeCompare(b.start));
    const { notes, numbersOf } = numberNotes(doc, events);
    expect(notes.map((n) => n.articleId)).toEqual([6, 1, 2, 3, 4, 5]);
    expect(numbersOf.get(2)).toEqual([2, 3]);
    expect(notes[1]?.text).toBe(
      'Reuters, “Trump and Kim pledge to work toward denuclearization at Singapore summit”, 12 June 2018',
    );
  });

  it('writes compact references', () => {
    expect(referenceMark([])).toBe('');
    expect(referenceMark([3])).toBe('[3]');
    expect(referenceMark([1, 2])).toBe('[1, 2]');
    expect(referenceMark([4, 5, 6, 7, 9])).toBe('[4–7, 9]');
    expect(referenceMark([1, 3, 5, 7, 9, 11])).toBe('[1, 3, 5, 7 +2]');
  });
});

describe('layoutNotes', () => {
  it('keeps a few notes in one column, wrapped whole', () => {
    const { notes } = numberNotes(koreaDocument(), koreaDocument().events);
    const { lines } = layoutNotes(notes, 32, 400, 100, '#000', '#666');
    expect(new Set(lines.map((l) => l.x)).size).toBe(2); // numbers, and the indented text
    const text = lines
      .filter((l) => !/^\[\d+\]$/u.test(l.text))
      .map((l) => l.text)
      .join(' ');
    for (const note of notes) expect(text).toContain(note.headline.split(' ').slice(0, 3).join(' '));
  });

  it('flows many notes into balanced columns of one line each, within the width', () => {
    const doc = manyArticles(90);
    const { notes } = numberNotes(doc, doc.events);
    expect(notes).toHaveLength(90);
    const { lines, bottom } = layoutNotes(notes, 32, 1168, 100, '#000', '#666');
    const numbers = lines.filter((l) => /^\[\d+\]$/u.test(l.text));
    expect(new Set(numbers.map((l) => l.x)).size).toBe(3);
    expect(lines.length).toBe(180); // a number and one line per note
    expect(bottom).toBe(100 + 30 * 15);
    for (const line of lines) expect(line.x + measureText(line.text, line.size)).toBeLessThanOrEqual(1168);
    expect(lines.find((l) => l.text.startsWith('Associated Press'))?.text).toMatch(/…”, 7 July 2018$/u);
  });
});
