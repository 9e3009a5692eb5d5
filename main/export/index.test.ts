import { describe, expect, it } from 'vitest';
import { exportDocument } from './index';
import { koreaDocument, KOREA_RANGE } from './testing/korea-2018';
import { pngSize } from './testing/png-decode';
import { EXPORT_FORMATS } from './types';

const options = {
  ...KOREA_RANGE,
  lanes: 'status' as const,
  width: 800,
  theme: 'light' as const,
  filtersDescription: 'none',
  generatedAt: new Date('2026-11-20T10:00:00Z'),
  appVersion: '0.1.0',
};

describe('exportDocument', () => {
  it('produces every format with its MIME type and extension', async () => {
    const expected: Record<string, [string, string]> = {
      svg: ['image/svg+xml', 'svg'],
      png: ['image/png', 'png'],
      pdf: ['application/pdf', 'pdf'],
      json: ['application/json', 'json'],
      csv: ['text/csv; charset=utf-8', 'csv'],
      timelinejs: ['application/json', 'json'],
      timesketch: ['application/x-ndjson', 'jsonl'],
    };
    for (const format of EXPORT_FORMATS) {
      const result = await exportDocument(koreaDocument(), format, options);
      expect([result.mimeType, result.extension]).toEqual(expected[format]);
      expect(result.data.length).toBeGreaterThan(100);
    }
  });

  it('renders PNG at a 2× pixel ratio unless told otherwise, clamping odd scales', async () => {
    const png = await exportDocument(koreaDocument(), 'png', options);
    expect(pngSize(png.data as Uint8Array).width).toBe(1600);
    const big = await exportDocument(koreaDocument(), 'png', { ...options, scale: 7 });
    expect(pngSize(big.data as Uint8Array).width).toBe(2400);
  });

  it('writes the JSON document back unchanged', async () => {
    const result = await exportDocument(koreaDocument(), 'json', options);
    expect(JSON.parse(result.data as string)).toEqual(koreaDocument());
  });
});
