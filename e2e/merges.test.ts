/**
 * Merges seen from the app: the sample's Singapore summit gathers the reports of several articles,
 * its details list each merge with its reason, and "Undo merge" gives a report back its own event
 * on the timeline, in the details and in the database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { clickEvent, openApp, skipReason, startHarness, waitForSettled } from './harness';

const reason = skipReason();
if (reason) console.log(reason);

describe.skipIf(reason !== null)('merges in Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    await openApp(harness);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('undoes a merge from the details, and the folded report returns as its own event', async () => {
    const { page, service } = harness;
    // The event with the most merges in the sample: the summit day, reported by several articles.
    const { events } = await service.listEvents({ from: '2018-06-12', to: '2018-06-13' });
    const details = await Promise.all(events.map((event) => service.getEvent({ id: event.id })));
    const summit = details
      .filter((event) => event !== null)
      .sort((a, b) => b.merges.length - a.merges.length)[0];
    if (!summit) throw new Error('no event on 12 June 2018 in the sample');
    expect(summit.merges.length).toBeGreaterThan(1);
    const merge = summit.merges.find((each) => !each.undone);
    if (!merge) throw new Error('the summit has no merge in effect');

    await waitForSettled(page);
    await clickEvent(page, summit.id);
    const panel = page.locator('.details');
    await expect.poll(() => panel.locator('.mention').count()).toBe(summit.mentions.length);
    const row = panel.locator('.merges li', { hasText: merge.mergedTitle }).first();
    await expect(row.innerText()).resolves.toContain(merge.reason);
    await row.getByRole('button', { name: 'Undo merge' }).click();

    // The details say so and lose the report's sentences…
    await expect.poll(() => row.innerText()).toContain('undone');
    await expect.poll(() => panel.locator('.mention').count()).toBeLessThan(summit.mentions.length);
    // …the database holds the report as its own event again, with those sentences…
    const after = await service.getEvent({ id: summit.id });
    const { events: now } = await service.listEvents({ from: '2018-01-01', to: '2019-01-01' });
    const restored = now.find((event) => event.title === merge.mergedTitle && event.id !== summit.id);
    if (!restored) throw new Error(`"${merge.mergedTitle}" did not come back as its own event`);
    const restoredDetails = await service.getEvent({ id: restored.id });
    expect((after?.mentions.length ?? 0) + (restoredDetails?.mentions.length ?? 0)).toBe(
      summit.mentions.length,
    );
    // …and the timeline draws it.
    await page.keyboard.press('Escape');
    await page.locator('.filters summary').click();
    await page.getByLabel('From date').fill(restored.start);
    await page.getByLabel('To date').fill(restored.end);
    await page.locator(`.event-label[data-event-id="${restored.id}"]`).first().waitFor({ timeout: 10_000 });
    expect(harness.pageErrors).toEqual([]);
  });
});
