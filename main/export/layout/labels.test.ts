import { describe, expect, it } from 'vitest';
import { measureText } from '../fonts';
import { placeLabels } from './labels';
import type { LabelRequest } from './labels';

const style = { fontSize: 11, gap: 6, spacing: 10, maxWidth: 300 };

function request(id: number, at: number, title: string, width = 0): LabelRequest {
  return { id, markStart: at - 5, markEnd: at + 5 + width, title, reference: `[${id}]` };
}

describe('placeLabels', () => {
  it('puts a lone label right of its mark, on the first row', () => {
    const { placed, rows } = placeLabels([request(1, 100, 'Summit')], 0, 1000, style);
    expect(rows).toBe(1);
    expect(placed[0]).toMatchObject({ row: 0, side: 'right', x: 111, text: 'Summit [1]' });
  });

  it('puts a label left of its mark when the right edge is too close', () => {
    const { placed } = placeLabels([request(1, 990, 'Summit')], 0, 1000, style);
    expect(placed[0]?.side).toBe('left');
    expect((placed[0]?.x ?? 0) + (placed[0]?.width ?? 0)).toBeLessThanOrEqual(985 - 6 + 0.001);
  });

  it('stacks colliding labels in rows and reuses rows once free', () => {
    const requests = [
      request(1, 100, 'First event'),
      request(2, 102, 'Second event'),
      request(3, 600, 'Far away'),
    ];
    const { placed, rows } = placeLabels(requests, 0, 1000, style);
    const row = new Map(placed.map((p) => [p.id, p.row]));
    expect(rows).toBe(2);
    expect(row.get(1)).toBe(0);
    expect(row.get(2)).toBe(1);
    expect(row.get(3)).toBe(0);
  });

  it('shortens labels wider than the maximum and keeps the reference', () => {
    const long =
      'A very long event title that goes on and on well past any reasonable label width for a chart';
    const { placed } = placeLabels([request(7, 10, long)], 0, 2000, style);
    expect(placed[0]?.text).toMatch(/… \[7\]$/u);
    expect(placed[0]?.width).toBeLessThanOrEqual(300);
    expect(placed[0]?.width).toBeCloseTo(measureText(placed[0]?.text ?? '', 11), 6);
  });

  it('never lets two items of a row overlap, even for hundreds of marks', () => {
    let seed = 7;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const requests = Array.from({ length: 400 }, (_, i) =>
      request(
        i,
        20 + random() * 960,
        `Event ${i} ${'x'.repeat(Math.floor(random() * 30))}`,
        random() < 0.2 ? random() * 200 : 0,
      ),
    );
    const { placed, rows } = placeLabels(requests, 0, 1200, style);
    expect(placed).toHaveLength(400);
    const byRow = new Map<number, { start: number; end: number }[]>();
    const byId = new Map(requests.map((r) => [r.id, r]));
    for (const label of placed) {
      const r = byId.get(label.id) as LabelRequest;
      const start = Math.min(r.markStart, label.x);
      const end = Math.max(r.markEnd, label.x + label.width);
      expect(label.x).toBeGreaterThanOrEqual(0);
      expect(label.x + label.width).toBeLessThanOrEqual(1200);
      const list = byRow.get(label.row) ?? [];
      for (const other of list) expect(end <= other.start || start >= other.end).toBe(true);
      list.push({ start, end });
      byRow.set(label.row, list);
    }
    expect(rows).toBe(byRow.size);
  });
});
