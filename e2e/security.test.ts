/**
 * Hostile articles run nothing: not when listed, selected, read as text, or shown in the original
 * layout with their links clicked. Every payload sets window.__pwned and calls alert().
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Harness } from './harness';
import {
  clickEvent,
  fullyVisibleEventIds,
  openApp,
  waitForSettled,
  screenshot,
  skipReason,
  startHarness,
} from './harness';
import { hostileArticles } from './fixtures';

const reason = skipReason();
if (reason) console.log(reason);

function pwned(page: Page): Promise<unknown> {
  return page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned);
}

describe.skipIf(reason !== null)('hostile articles in Chromium', () => {
  let harness: Harness;
  let hostileIds: number[];

  beforeAll(async () => {
    harness = await startHarness({ extraFiles: hostileArticles() });
    const articles = await harness.service.listArticles({ from: '2021-01-01', to: '2022-01-01' });
    hostileIds = articles
      .filter((article) => article.publishedAt?.startsWith('2021'))
      .map((article) => article.id);
    await openApp(harness);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('imports both hostile articles', () => {
    expect(hostileIds.length).toBe(2);
  });

  it('runs nothing when the articles are listed and their events drawn and selected', async () => {
    const { page } = harness;
    await expect(page.locator('.library .list-entry').count()).resolves.toBe(12);
    await page.locator('.filters summary').click();
    await page.getByLabel('From date').fill('2021-04-20');
    await page.getByLabel('To date').fill('2021-07-15');
    await page.locator('.vis-item .event-label').first().waitFor({ timeout: 10_000 });
    await expect.poll(() => page.locator('output.readout').innerText()).toBe('20 Apr 2021 – 15 Jul 2021');
    await waitForSettled(page);
    const ids = await fullyVisibleEventIds(page);
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids.slice(0, 4)) {
      await clickEvent(page, id);
      await page.locator('.details').waitFor();
    }
    expect(await pwned(page)).toBeUndefined();
    expect(harness.dialogs).toEqual([]);
    expect(await page.locator('.app img[src="x"], .app script, .app iframe, .app svg[onload]').count()).toBe(
      0,
    );
  });

  it('runs nothing when each article is read, as text or in its original layout, links clicked', async () => {
    const { page } = harness;
    const before = page.url();
    for (const id of hostileIds) {
      const article = await harness.service.getArticle({ id });
      if (!article) throw new Error(`article ${id} is missing`);
      await page
        .locator('.library .list-entry', { hasText: article.title.slice(0, 12) })
        .first()
        .click();
      await page.locator('.reader').waitFor();
      await expect(page.locator('#reader-title').innerText()).resolves.toBe(article.title);
      const original = page.getByLabel('Original layout');
      if (await original.count()) {
        await original.check();
        const layout = page.locator('.original-layout');
        await layout.waitFor();
        expect(
          await layout
            .locator('script, iframe, form, svg, [onerror], [onclick], [onmouseover], [target]')
            .count(),
        ).toBe(0);
        const hrefs = await layout
          .locator('a')
          .evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
        expect(hrefs.some((href) => /^\s*javascript:/i.test(href))).toBe(false);
        const rels = await layout
          .locator('a[href]')
          .evaluateAll((links) => links.map((link) => link.getAttribute('rel')));
        expect(rels.every((rel) => rel === 'noopener noreferrer')).toBe(true);
        for (const link of await layout.locator('a').all()) await link.click();
        await layout.locator('p').first().hover();
        await screenshot(page, 'hostile-original-layout');
      }
      await page.keyboard.press('Escape');
    }
    expect(page.url()).toBe(before);
    expect(harness.context.pages().length).toBe(1);
    expect(await pwned(page)).toBeUndefined();
    expect(harness.dialogs).toEqual([]);
  });
});
