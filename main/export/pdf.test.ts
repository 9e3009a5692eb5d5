import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { computeTimelineLayout } from './layout/timeline';
import { renderTimelinePdf } from './pdf';
import { koreaDocument, KOREA_RANGE } from './testing/korea-2018';
import type { TimelineImageOptions } from './types';

const PDFTOTEXT = '/usr/bin/pdftotext';
const hasPdftotext = existsSync(PDFTOTEXT);
if (!hasPdftotext)
  console.warn(
    `pdf.test: ${PDFTOTEXT} is missing (apt-get install poppler-utils), text extraction tests skipped`,
  );

const options: TimelineImageOptions = {
  ...KOREA_RANGE,
  lanes: 'actor',
  width: 1200,
  theme: 'light',
  title: 'US–North Korea diplomacy',
  filtersDescription: 'none',
  generatedAt: new Date('2026-11-20T10:00:00Z'),
  appVersion: '0.1.0',
};

const dir = mkdtempSync(join(tmpdir(), 'export-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('renderTimelinePdf', () => {
  it('writes one vector page the size of the layout with the font embedded', async () => {
    const bytes = await renderTimelinePdf(koreaDocument(), options);
    const text = Buffer.from(bytes).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.match(/\/Type \/Page\b/gu)).toHaveLength(1);
    const layout = computeTimelineLayout(koreaDocument(), options);
    expect(text).toContain(`/MediaBox [0 0 ${layout.width} ${layout.height}]`);
    expect(text).toMatch(/\/FontName \/[A-Z]{6}\+DejaVuSans\b/u);
    // No raster images: the chart is drawn with vector operators.
    expect(text).not.toContain('/Subtype /Image');
  });

  it.runIf(hasPdftotext)('has extractable text holding every label, note and the footer', async () => {
    const path = join(dir, 'timeline.pdf');
    writeFileSync(path, await renderTimelinePdf(koreaDocument(), options));
    const extracted = execFileSync(PDFTOTEXT, ['-raw', path, '-'], { encoding: 'utf8' }).replace(
      /\s+/gu,
      ' ',
    );
    const layout = computeTimelineLayout(koreaDocument(), options);
    expect(layout.marks).toHaveLength(13);
    for (const mark of layout.marks) expect(extracted).toContain(mark.label.title);
    // Titles short enough to be drawn whole are extractable whole.
    expect(extracted).toContain('Moon and Kim hold inter-Korean summit in Pyongyang');
    expect(extracted).toContain(
      'Reuters, “Trump calls off Pompeo trip, citing lack of progress”, 24 August 2018',
    );
    expect(extracted).toContain(
      'Timeline Explorer 0.1.0 · exported 2026-11-20T10:00:00.000Z · filters: none',
    );
  });
});
