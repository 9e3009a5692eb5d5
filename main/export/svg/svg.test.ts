import { describe, expect, it } from 'vitest';
import type { ExportDocument, ExportEvent } from '../../common/export-document';
import { toMs } from '../dates';
import { computeTimelineLayout } from '../layout/timeline';
import { koreaDocument, KOREA_RANGE } from '../testing/korea-2018';
import { labelBoxes, markBoxes, overlaps, parseSvg } from '../testing/svg-boxes';
import type { TimelineImageOptions } from '../types';
import { renderTimelineSvg } from './index';

const options: TimelineImageOptions = {
  ...KOREA_RANGE,
  lanes: 'none',
  width: 1200,
  theme: 'light',
  title: 'US–North Korea diplomacy',
  filtersDescription: 'status occurred, possible',
  generatedAt: new Date('2026-11-20T10:00:00Z'),
  appVersion: '0.1.0',
};

function inRange(doc: ExportDocument): ExportEvent[] {
  return doc.events.filter((e) => e.end >= KOREA_RANGE.from && e.start <= KOREA_RANGE.to);
}

describe('renderTimelineSvg', () => {
  it('writes well-formed XML that carries every drawn event title in full', () => {
    const doc = koreaDocument();
    const document = parseSvg(renderTimelineSvg(doc, options));
    const groups = [...document.querySelectorAll('g.event')];
    expect(groups.map((g) => g.getAttribute('data-event-id')).sort()).toEqual(
      inRange(doc)
        .map((e) => String(e.id))
        .sort(),
    );
    for (const event of inRange(doc)) {
      const group = document.querySelector(`g.event[data-event-id="${event.id}"]`);
      expect(group?.querySelector('title')?.textContent).toContain(event.title);
    }
  });

  it('leaves out events outside the window and clips ranges crossing its edge', () => {
    const doc = koreaDocument();
    const document = parseSvg(renderTimelineSvg(doc, options));
    expect(document.querySelector('g.event[data-event-id="1"]')).toBeNull(); // April: outside
    const autumn = document.querySelector('g.event[data-event-id="14"] rect');
    const right = Number(autumn?.getAttribute('x')) + Number(autumn?.getAttribute('width'));
    expect(right).toBeLessThanOrEqual(options.width - 32 + 0.01);
  });

  for (const lanes of ['none', 'status', 'actor', 'source'] as const) {
    for (const width of [1200, 640]) {
      it(`lays labels out without overlaps (lanes ${lanes}, width ${width})`, () => {
        const document = parseSvg(renderTimelineSvg(koreaDocument(), { ...options, lanes, width }));
        const labels = labelBoxes(document);
        expect(labels.length).toBe(13);
        expect(overlaps(labels)).toEqual([]);
        // Nor does a label cover another event's mark.
        const marks = markBoxes(document);
        const clashes = overlaps([...labels, ...marks]).filter(([a, b]) => a.eventId !== b.eventId);
        expect(clashes).toEqual([]);
        for (const box of labels) {
          expect(box.left).toBeGreaterThanOrEqual(0);
          expect(box.right).toBeLessThanOrEqual(width);
        }
      });
    }
  }

  it('keeps labels apart when many events fall on the same days', () => {
    const doc = koreaDocument();
    const crowd = Array.from({ length: 60 }, (_, i): ExportEvent => ({
      ...(doc.events[2] as ExportEvent),
      id: 100 + i,
      title: `Crowded event number ${i} with a fairly long description attached`,
      start: `2018-07-${String(10 + (i % 5)).padStart(2, '0')}`,
      end: `2018-07-${String(10 + (i % 5)).padStart(2, '0')}`,
    }));
    doc.events.push(...crowd);
    const svg = renderTimelineSvg(doc, options);
    const document = parseSvg(svg);
    expect(overlaps(labelBoxes(document))).toEqual([]);
    // Height grows with the rows the crowd needs.
    expect(Number(document.documentElement.getAttribute('height'))).toBeGreaterThan(60 * 20);
  });

  it('lays a label over a bar that spans the whole window, on a backing', () => {
    const doc = koreaDocument();
    doc.events.push({
      ...(doc.events[13] as ExportEvent),
      id: 99,
      title: 'Year of talks',
      start: '2018-01-01',
      end: '2018-12-31',
      granularity: 'year',
    });
    const document = parseSvg(renderTimelineSvg(doc, options));
    const group = document.querySelector('g.event[data-event-id="99"]');
    const bar = group?.querySelector('rect');
    expect(Number(bar?.getAttribute('x'))).toBeCloseTo(32, 5);
    expect(Number(bar?.getAttribute('width'))).toBeCloseTo(1200 - 64, 5);
    expect(group?.querySelectorAll('rect')).toHaveLength(2); // the bar and the label's backing
    expect(overlaps(labelBoxes(document))).toEqual([]);
    const clashes = overlaps([...labelBoxes(document), ...markBoxes(document)]).filter(
      ([a, b]) => a.eventId !== b.eventId,
    );
    expect(clashes).toEqual([]);
  });

  it('draws an axis whose labelled ticks lie within the window', () => {
    const layout = computeTimelineLayout(koreaDocument(), options);
    const ticks = layout.axis.major;
    expect(ticks.length).toBeGreaterThanOrEqual(5);
    expect(ticks.length).toBeLessThanOrEqual(12);
    for (const tick of ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(tick.x).toBeLessThanOrEqual(layout.plot.right);
      expect(tick.label.text).not.toBe('');
    }
    const document = parseSvg(renderTimelineSvg(koreaDocument(), options));
    const labels = [...document.querySelectorAll('text.tick-label')].map((t) => t.textContent);
    expect(labels).toEqual(ticks.map((t) => t.label.text));
    // The ticks cover the window: from the first fortnight to the last.
    const span = layout.plot.right - layout.plot.left;
    expect((ticks[0]?.x ?? Infinity) - layout.plot.left).toBeLessThan(span / 6);
    expect(layout.plot.right - (ticks.at(-1)?.x ?? -Infinity)).toBeLessThan(span / 6);
  });

  it('numbers source notes by first appearance and lists each article once', () => {
    const document = parseSvg(renderTimelineSvg(koreaDocument(), options));
    const notes = [...document.querySelectorAll('g.notes text')].map((t) => t.textContent ?? '');
    expect(notes[0]).toBe('Sources');
    // Six articles; the first drawn event (12 June) cites Reuters and the Guardian as [1] and [2].
    expect(notes.filter((t) => /^\[\d+\]$/u.test(t))).toEqual(['[1]', '[2]', '[3]', '[4]', '[5]', '[6]']);
    expect(notes).toContain(
      'Reuters, “Trump and Kim pledge to work toward denuclearization at Singapore summit”, 12 June 2018',
    );
    const first = document.querySelector('g.event[data-event-id="2"] text.event-label');
    expect(first?.textContent).toMatch(/\[1, 2\]$/u);
  });

  it('escapes markup in titles and writes the footer', () => {
    const doc = koreaDocument();
    (doc.events[2] as ExportEvent).title = 'Kim & Trump <sign> "it"\u0007';
    const svg = renderTimelineSvg(doc, options);
    expect(svg).toContain('Kim &amp; Trump &lt;sign&gt; &quot;it&quot;');
    const document = parseSvg(svg);
    expect(document.querySelector('g.event[data-event-id="3"] title')?.textContent).toContain(
      'Kim & Trump <sign> "it"',
    );
    expect(document.querySelector('text.footer')?.textContent).toBe(
      'Timeline Explorer 0.1.0 · exported 2026-11-20T10:00:00.000Z · filters: status occurred, possible',
    );
  });

  it('styles marks by status and certainty and strikes cancelled labels', () => {
    const document = parseSvg(renderTimelineSvg(koreaDocument(), options));
    const mark = (id: number): Element | null =>
      document.querySelector(`g.event[data-event-id="${id}"] :is(circle, rect)`);
    expect(mark(2)?.getAttribute('stroke-dasharray')).toBeNull(); // exact
    expect(mark(10)?.getAttribute('stroke-dasharray')).toBe('3 2'); // approximate
    expect(mark(14)?.getAttribute('fill')).toBe('url(#hatch-possible)'); // uncertain
    expect(document.querySelector('pattern#hatch-possible')).not.toBeNull();
    const cancelled = document.querySelector('g.event[data-event-id="11"]');
    expect(cancelled?.querySelector('path')).not.toBeNull(); // the cross
    expect(cancelled?.querySelector('line')).not.toBeNull(); // the strike-through
    expect(mark(2)?.getAttribute('fill')).not.toBe(mark(13)?.getAttribute('fill'));
  });

  it('adapts the tick unit to the span', () => {
    const units = (from: string, to: string): string[] =>
      computeTimelineLayout(koreaDocument(), { ...options, from, to }).axis.major.map((t) => t.label.text);
    expect(units('2018-06-12', '2018-06-12')[0]).toMatch(/^\d\d:00$|^12 Jun 00:00$/u);
    expect(units('2018-01-01', '2018-12-31')).toContain('Jul 2018');
    expect(units('1990-01-01', '2019-12-31')).toContain('2000');
    for (const [from, to] of [
      ['2018-06-12', '2018-06-12'],
      ['2018-06-01', '2018-06-30'],
      ['2015-01-01', '2018-12-31'],
      ['1800-01-01', '2018-12-31'],
    ] as const) {
      const ticks = computeTimelineLayout(koreaDocument(), { ...options, from, to }).axis.major;
      expect(ticks.length).toBeGreaterThanOrEqual(4);
      expect(ticks.length).toBeLessThanOrEqual(12);
      expect(toMs(from)).toBeLessThanOrEqual(toMs(to));
    }
  });
});
