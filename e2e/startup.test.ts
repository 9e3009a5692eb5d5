/**
 * Start-up when the library's window is known before the timeline is created, and its events are
 * drawn quickly. vis-timeline hides itself at creation until it has redrawn after its first range
 * change (200 ms later); when the events were already drawn by then and nothing moved afterwards,
 * it stayed hidden for good. The page's clock is driven by hand so that this order happens every
 * time rather than now and then on a busy machine.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { skipReason, startHarness } from './harness';

const reason = skipReason();
if (reason) console.log(reason);

describe.skipIf(reason !== null)('start-up in Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows the events drawn before the timeline first reported its range', async () => {
    const { page } = harness;
    const start = Date.parse('2026-01-01T00:00:00Z');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(start + 1_000);
    // With the clock paused no animation frame runs: the overview and the first window of events
    // arrive before the timeline is created, so it is created knowing its window.
    const answered = page.waitForResponse((response) => response.url().endsWith('/api/listEvents'));
    await page.goto(harness.url);
    await answered;
    await page.waitForTimeout(200);
    // Frame by frame: create the timeline and draw the events, within its first 200 ms.
    const items = page.locator('.vis-item.event');
    for (let frame = 0; frame < 8 && (await items.count()) === 0; frame++) {
      await page.clock.runFor(16);
      await page.waitForTimeout(100);
    }
    expect(await items.count()).toBeGreaterThan(5);
    // Now the range-change timer, and a few seconds of vis-timeline's own size checks.
    await page.clock.runFor(3_000);
    await page.waitForTimeout(200);
    await expect
      .poll(() => page.locator('.vis-timeline').evaluate((root) => getComputedStyle(root).visibility))
      .toBe('visible');
    await items.first().waitFor({ state: 'visible', timeout: 5_000 });
    expect(harness.pageErrors).toEqual([]);
  });
});
