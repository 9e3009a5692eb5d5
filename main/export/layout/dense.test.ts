import { describe, expect, it } from 'vitest';
import type { ExportDocument } from '../../common/export-document';
import { renderTimelineSvg } from '../svg/index';
import { koreaDocument, KOREA_RANGE } from '../testing/korea-2018';
import { labelBoxes, markBoxes, overlaps, parseSvg } from '../testing/svg-boxes';
import { syntheticDocument } from '../testing/synthetic';
import type { TimelineImageOptions } from '../types';
import { packMarks, shareRows } from './dense';
import type { LabelRequest } from './labels';
import { computeTimelineLayout } from './timeline';

const options: TimelineImageOptions = {
  from: '2018-01-01',
  to: '2018-12-31',
  lanes: 'status',
  width: 1200,
  theme: 'light',
  title: 'Dense chart',
  filtersDescription: 'none',
  generatedAt: new Date('2026-11-20T10:00:00Z'),
  appVersion: '0.1.0',
};

function mark(id: number, start: number, end: number): LabelRequest {
  return { id, markStart: start, markEnd: end, title: `Event ${id}`, reference: '' };
}

describe('packMarks', () => {
  it('puts marks that do not overlap in one row and stacks the ones that do', () => {
    const { bare, rows } = packMarks([mark(1, 0, 10), mark(2, 20, 30), mark(3, 5, 15), mark(4, 40, 200)]);
    const row = new Map(bare.map((b) => [b.id, b.row]));
    expect(rows).toBe(2);
    expect([row.get(1), row.get(2), row.get(4)]).toEqual([0, 0, 0]);
    expect(row.get(3)).toBe(1);
  });
});

describe('shareRows', () => {
  it('lets sparse lanes keep their rows and caps the busy ones within the total', () => {
    const caps = shareRows([2, 40, 30, 1], 20);
    expect(caps[0]).toBe(2);
    expect(caps[3]).toBe(1);
    expect(caps[1]).toBe(caps[2]);
    expect(caps.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(20);
    expect(caps.reduce((a, b) => a + b, 0)).toBeGreaterThan(15);
  });
});

function inWindow(doc: ExportDocument): number {
  return doc.events.filter((e) => e.start <= options.to && e.end >= options.from).length;
}

describe('dense charts', () => {
  const doc = syntheticDocument(1000);

  for (const [lanes, width] of [
    ['status', 1200],
    ['actor', 1200],
    ['none', 640],
  ] as const) {
    it(`labels what fits, draws the rest as marks, without overlaps (lanes ${lanes}, width ${width})`, () => {
      const svg = renderTimelineSvg(doc, { ...options, lanes, width });
      const document = parseSvg(svg);
      const groups = [...document.querySelectorAll('g.event')];
      expect(groups).toHaveLength(inWindow(doc));
      // Every event's full title is in its group's <title>, labelled or not.
      const titles = new Map(doc.events.map((e) => [String(e.id), e.title]));
      for (const group of groups) {
        const title = titles.get(group.getAttribute('data-event-id') ?? '') ?? '∅';
        expect(group.querySelector('title')?.textContent).toContain(title);
      }
      const bare = document.querySelectorAll('g.event[data-label="none"]');
      expect(bare.length).toBeGreaterThan(0);
      for (const group of bare) expect(group.querySelector('text')).toBeNull();
      const labels = labelBoxes(document);
      expect(labels.length).toBeGreaterThanOrEqual(40);
      expect(labels.length + bare.length).toBe(groups.length);
      expect(overlaps(labels)).toEqual([]);
      // Marks never cover each other, and no label covers another event's mark.
      const marks = markBoxes(document);
      expect(overlaps(marks)).toEqual([]);
      expect(overlaps([...labels, ...marks]).filter(([a, b]) => a.eventId !== b.eventId)).toEqual([]);
      for (const box of labels) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(width);
      }
      expect(document.querySelector('text.subtitle')?.textContent).toContain(`${labels.length} labelled`);
    });
  }

  it('keeps the image height bounded (an undense layout would be 7,700 px tall)', () => {
    const layout = computeTimelineLayout(doc, options);
    expect(layout.unlabelled.length).toBeGreaterThan(0);
    expect(layout.height).toBeLessThan(2 * options.width);
    // The lanes take about their budget (1.25 × width), plus the marks' compact rows.
    expect(layout.plot.bottom - layout.plot.top).toBeLessThan(1.5 * options.width);
  });

  it('lists a source note for every number on a label', () => {
    const layout = computeTimelineLayout(doc, options);
    const listed = new Set(
      layout.notes.lines.filter((l) => /^\[\d+\]$/u.test(l.text)).map((l) => Number(l.text.slice(1, -1))),
    );
    expect(listed.size).toBeGreaterThan(0);
    expect(Math.max(...listed)).toBe(listed.size); // numbered 1…n without gaps
    let references = 0;
    for (const { label } of layout.marks) {
      if (!label.reference) continue;
      references += 1;
      // `[3, 7–9 +2]`: every number written, ends of runs included, is a listed note.
      for (const n of label.reference.match(/\d+/gu) ?? []) {
        if (label.reference.includes(`+${n}`)) continue;
        expect(listed.has(Number(n))).toBe(true);
      }
    }
    expect(references).toBeGreaterThan(layout.marks.length / 2);
  });

  it('leaves the sample corpus undense: every event labelled', () => {
    const layout = computeTimelineLayout(koreaDocument(), { ...options, ...KOREA_RANGE });
    expect(layout.unlabelled).toEqual([]);
    expect(layout.marks).toHaveLength(13);
  });
});
