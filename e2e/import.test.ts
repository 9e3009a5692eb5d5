/** Importing through the file picker: progress while it runs, a summary, then the new events on the timeline. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import { openApp, screenshot, skipReason, startHarness, waitForDrawnItems, waitForSettled } from './harness';
import { generatedArticle } from './fixtures';

const reason = skipReason();
if (reason) console.log(reason);

describe.skipIf(reason !== null)('importing articles in Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    await openApp(harness);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('shows progress, then a summary, then draws the imported events', async () => {
    const { page } = harness;
    // Record every progress value the page shows, however briefly.
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { __progress: string[] }).__progress = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('.import-progress progress');
        if (bar) seen.push(`${bar.value}/${bar.max}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true });
    });
    const files = Array.from({ length: 30 }, (_, index) => generatedArticle(index));
    await page
      .locator('input[type=file]')
      .setInputFiles(
        files.map((file) => ({ name: file.name, mimeType: 'text/plain', buffer: Buffer.from(file.content) })),
      );
    const summary = page.locator('.import-summary');
    await summary.waitFor({ timeout: 60_000 });
    const progress = await page.evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.every((entry) => entry.endsWith('/30'))).toBe(true);
    await expect(summary.innerText()).resolves.toMatch(/30\s+articles added/);
    await screenshot(page, 'import-summary');

    // The library and the overview now count the new articles.
    await expect.poll(() => page.locator('.library .list-entry').count()).toBe(40);

    // Move the window to the new events with the date filter, and find them drawn.
    const [article] = await harness.service.listArticles({ search: 'Northgate' });
    if (!article) throw new Error('the imported Northgate articles are not in the library');
    const expected = await harness.service.listEvents({
      from: '2021-01-01',
      to: '2022-01-01',
      articleId: article.id,
    });
    expect(expected.events.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Close import summary' }).click();
    await page.locator('.filters summary').click();
    await page.getByLabel('From date').fill('2020-12-20');
    await page.getByLabel('To date').fill('2021-03-10');
    await expect.poll(() => page.locator('output.readout').innerText()).toBe('20 Dec 2020 – 10 Mar 2021');
    for (const event of expected.events) {
      await page.locator(`.event-label[data-event-id="${event.id}"]`).first().waitFor({ timeout: 10_000 });
    }
    await screenshot(page, 'imported-events');
  });

  it('draws counts instead of events when too many are visible, and a click on a count zooms in', async () => {
    const { page } = harness;
    const files = Array.from({ length: 200 }, (_, index) => generatedArticle(100 + index));
    await harness.service.importFiles({
      files: files.map((file) => ({ name: file.name, data: Buffer.from(file.content).toString('base64') })),
    });
    // A reload must keep working without the token in the address bar (it is in session storage).
    await page.reload();
    await waitForDrawnItems(page);
    let lastTotal = -1;
    page.on('response', async (response) => {
      if (!response.url().endsWith('/api/listEvents') || !response.ok()) return;
      const body = (await response.json()) as { result: { total: number; aggregated: boolean } };
      if (body.result.aggregated) lastTotal = body.result.total;
    });
    await page.locator('.filters summary').click();
    await page.getByLabel('From date').fill('2018-01-01');
    await page.getByLabel('To date').fill('2021-12-31');
    const buckets = page.locator('.vis-item.bucket .bucket-text');
    await buckets.first().waitFor({ timeout: 15_000 });
    await waitForSettled(page);
    const labels = await buckets.allTextContents();
    expect(labels.every((label) => /^\d+ events? — zoom in$/.test(label))).toBe(true);
    const counted = labels.reduce((sum, label) => sum + Number.parseInt(label, 10), 0);
    // Every event of the requested window is in one bucket or another.
    expect(counted).toBe(lastTotal);
    expect(counted).toBeGreaterThan(400);
    expect(await page.locator('.vis-item .event-label').count()).toBe(0);
    await screenshot(page, 'aggregated');
    // The biggest bucket is in the 2021 burst; clicking it zooms in far enough to draw events.
    const sizes = labels.map((label) => Number.parseInt(label, 10));
    await buckets.nth(sizes.indexOf(Math.max(...sizes))).click();
    await expect
      .poll(() => page.locator('.vis-item .event-label').count(), { timeout: 15_000 })
      .toBeGreaterThan(0);
  });

  it('imports files dropped on the window', async () => {
    const { page } = harness;
    const before = await page.locator('.library .list-entry').count();
    const file = generatedArticle(400);
    await page.evaluate(({ name, content }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([content], name, { type: 'text/plain' }));
      window.dispatchEvent(new DragEvent('dragenter', { dataTransfer: transfer }));
      window.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, cancelable: true }));
    }, file);
    const summary = page.locator('.import-summary');
    await summary.waitFor({ timeout: 30_000 });
    await expect(summary.innerText()).resolves.toMatch(/1\s+article added/);
    await expect.poll(() => page.locator('.library .list-entry').count()).toBe(before + 1);
    await expect(page.locator('.drop-overlay').count()).resolves.toBe(0);
    // "Show on the timeline" brings the dropped article's events into view.
    const [article] = await harness.service.listArticles({ search: '"plan number 400"' });
    if (!article) throw new Error('the dropped article is not in the library');
    const events = await harness.service.listEvents({
      from: '2000-01-01',
      to: '2100-01-01',
      articleId: article.id,
    });
    expect(events.events.length).toBeGreaterThan(0);
    await summary.getByRole('button', { name: 'Show on the timeline' }).click();
    await page
      .locator(`.event-label[data-event-id="${events.events[0]?.id}"]`)
      .first()
      .waitFor({ timeout: 10_000 });
  });
});
