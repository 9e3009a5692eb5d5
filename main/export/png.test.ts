import { describe, expect, it } from 'vitest';
import { measureText } from './fonts';
import { computeTimelineLayout } from './layout/timeline';
import { renderTimelinePng } from './png';
import { renderTimelineSvg } from './svg/index';
import { koreaDocument, KOREA_RANGE } from './testing/korea-2018';
import { decodePng, pngSize } from './testing/png-decode';
import type { DecodedPng } from './testing/png-decode';
import type { TimelineImageOptions } from './types';

const options: TimelineImageOptions = {
  ...KOREA_RANGE,
  lanes: 'status',
  width: 900,
  theme: 'light',
  title: 'US–North Korea diplomacy',
  filtersDescription: 'none',
  generatedAt: new Date('2026-11-20T10:00:00Z'),
  appVersion: '0.1.0',
};

/** Share of pixels in a box (in image pixels) that differ clearly from `background`. */
function inkShare(
  png: DecodedPng,
  box: { left: number; top: number; right: number; bottom: number },
  background: number[],
): number {
  let ink = 0;
  let total = 0;
  for (let y = Math.floor(box.top); y < Math.ceil(box.bottom); y += 1) {
    for (let x = Math.floor(box.left); x < Math.ceil(box.right); x += 1) {
      const i = (y * png.width + x) * 4;
      const distance = [0, 1, 2].reduce(
        (sum, c) => sum + Math.abs((png.pixels[i + c] ?? 0) - (background[c] ?? 0)),
        0,
      );
      if (distance > 120) ink += 1;
      total += 1;
    }
  }
  return ink / total;
}

describe('renderTimelinePng', () => {
  for (const scale of [1, 2] as const) {
    it(`is width × ${scale} pixels wide and draws the title text`, async () => {
      const svg = renderTimelineSvg(koreaDocument(), options);
      const bytes = await renderTimelinePng(svg, { width: options.width, scale });
      const layout = computeTimelineLayout(koreaDocument(), options);
      expect(pngSize(bytes)).toEqual({ width: 900 * scale, height: Math.round(layout.height * scale) });
      const png = decodePng(bytes);
      const { title } = layout;
      const titleBox = {
        left: title.x * scale,
        right: (title.x + measureText(title.text, title.size, 'bold')) * scale,
        top: (title.y - title.size * 0.75) * scale,
        bottom: title.y * scale,
      };
      // resvg drops text silently when it has no font: glyph ink must be there.
      expect(inkShare(png, titleBox, [255, 255, 255])).toBeGreaterThan(0.15);
      // And right of the title, where nothing is drawn, the background stays clean.
      const blank = { ...titleBox, left: titleBox.right + 20 * scale, right: titleBox.right + 120 * scale };
      expect(inkShare(png, blank, [255, 255, 255])).toBe(0);
    });
  }

  it('draws outlined text (the fast path) like resvg draws <text>', async () => {
    const asText = decodePng(
      await renderTimelinePng(renderTimelineSvg(koreaDocument(), options), { width: 900, scale: 1 }),
    );
    const outlined = decodePng(
      await renderTimelinePng(renderTimelineSvg(koreaDocument(), options, { outlineText: true }), {
        width: 900,
        scale: 1,
      }),
    );
    expect([outlined.width, outlined.height]).toEqual([asText.width, asText.height]);
    let far = 0;
    for (let i = 0; i < asText.pixels.length; i += 4) {
      if (Math.abs((asText.pixels[i] ?? 0) - (outlined.pixels[i] ?? 0)) > 128) far += 1;
    }
    // Only antialiasing differs: well under a thousandth of the pixels change visibly.
    expect(far / (asText.width * asText.height)).toBeLessThan(0.001);
  });

  it('paints the dark theme background', async () => {
    const svg = renderTimelineSvg(koreaDocument(), { ...options, theme: 'dark' });
    const png = decodePng(await renderTimelinePng(svg, { width: 900, scale: 1 }));
    expect([...png.pixels.subarray(0, 3)]).toEqual([0x16, 0x18, 0x1d]);
  });
});
