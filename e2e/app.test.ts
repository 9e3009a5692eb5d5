/**
 * The main journeys through the app in Chromium against the real service, server and sample corpus:
 * first view, zoom, selection, quotes to the reader, search, keyboard, list view and the API token.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Harness } from './harness';
import {
  clickEvent,
  drawnTitles,
  fullyVisibleEventIds,
  openApp,
  readout,
  screenshot,
  skipReason,
  startHarness,
  waitForSettled,
} from './harness';

const reason = skipReason();
if (reason) console.log(reason);

/** Days between the first and last date of a readout such as "1 Jun 2018 – 30 Sep 2018". */
function readoutDays(text: string): number {
  const [from = '', to = ''] = text.split(' – ');
  return (Date.parse(`${to} UTC`) - Date.parse(`${from} UTC`)) / 86_400_000;
}

describe.skipIf(reason !== null)('timeline explorer in Chromium', () => {
  let harness: Harness;

  beforeAll(async () => {
    harness = await startHarness();
    const firstView = await openApp(harness);
    console.log(`first view: items drawn ${firstView} ms after navigation start`);
  });

  afterAll(async () => {
    await harness?.close();
  });

  it('opens on the sample events from June to September 2018', async () => {
    const { page } = harness;
    const text = await readout(page);
    expect(text).toMatch(/Jun 2018 – .*(Sep|Oct) 2018$/);
    const titles = await drawnTitles(page);
    expect(titles.length).toBeGreaterThan(5);
    const overview = await harness.service.getOverview();
    expect(overview.initialWindow.from.slice(0, 7)).toMatch(/2018-0[56]/);
    await expect(page.locator('.library .list-entry').count()).resolves.toBe(overview.articleCount);
    // A range shorter than its title (the two-day Pompeo visit) still shows the whole title.
    const clipped = await page.$$eval('.vis-item.vis-range.event', (items) =>
      items
        .map((item) => {
          const frame = item.querySelector('.vis-item-overflow');
          const content = item.querySelector('.vis-item-content');
          if (!frame || !content) return 'no frame';
          const shown = getComputedStyle(frame).overflow === 'visible';
          const fits = frame.getBoundingClientRect().right >= content.getBoundingClientRect().right - 1;
          return shown || fits ? null : (content.textContent ?? '');
        })
        .filter((title) => title !== null),
    );
    expect(clipped).toEqual([]);
    await screenshot(page, 'first-view');
    expect(harness.pageErrors).toEqual([]);
  });

  it('zooms in and out with the buttons', async () => {
    const { page } = harness;
    const before = readoutDays(await readout(page));
    await page.getByRole('button', { name: 'Zoom in', exact: true }).click();
    await expect.poll(async () => readoutDays(await readout(page))).toBeLessThan(before * 0.7);
    const zoomed = readoutDays(await readout(page));
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await page.getByRole('button', { name: 'Zoom out', exact: true }).click();
    await expect.poll(async () => readoutDays(await readout(page))).toBeGreaterThan(zoomed * 2.5);
    await page.getByRole('button', { name: 'Fit', exact: true }).click();
    await expect.poll(async () => Math.round(readoutDays(await readout(page)))).toBe(Math.round(before));
  });

  it('zooms and pans with the keyboard', async () => {
    const { page } = harness;
    await page.locator('.timeline-bar').click({ position: { x: 5, y: 5 } });
    const start = await readout(page);
    const days = readoutDays(start);
    await page.keyboard.press('+');
    await expect.poll(async () => readoutDays(await readout(page))).toBeLessThan(days * 0.7);
    await page.keyboard.press('0');
    await expect.poll(() => readout(page)).toBe(start);
    await page.keyboard.press('ArrowRight');
    await expect
      .poll(async () => Date.parse(`${(await readout(page)).split(' – ')[0]} UTC`))
      .toBeGreaterThan(Date.parse(`${start.split(' – ')[0]} UTC`));
    // Same width (give or take the day the edges round to).
    expect(Math.abs(readoutDays(await readout(page)) - days)).toBeLessThanOrEqual(1);
    await page.keyboard.press('0');
    await expect.poll(() => readout(page)).toBe(start);
  });

  it('shows the quotes of a selected event', async () => {
    const { page } = harness;
    await waitForSettled(page);
    const [id] = await fullyVisibleEventIds(page);
    expect(id).toBeDefined();
    await clickEvent(page, id as number);
    const details = page.locator('.details');
    await details.waitFor();
    const quotes = await details.locator('.mention q').allInnerTexts();
    expect(quotes.length).toBeGreaterThan(0);
    expect(quotes[0]?.length).toBeGreaterThan(20);
    await expect(details.locator('.mention-source .outlet').first().innerText()).resolves.not.toBe('');
    await expect(details.locator('.derivation').first().innerText()).resolves.toContain('Date:');
    await screenshot(page, 'event-details');
  });

  it('opens the article of a quote with that sentence highlighted and in view', async () => {
    const { page } = harness;
    const quote = await page.locator('.details .mention q').first().innerText();
    await page.locator('.details .mention .quote').first().click();
    const mark = page.locator('.reader mark.focus');
    await mark.first().waitFor();
    const marked = (await mark.allInnerTexts()).join('');
    expect(marked.replace(/\s+/g, ' ').trim()).toBe(quote.replace(/\s+/g, ' ').trim());
    await expect.poll(() => mark.first().evaluate(isInScrolledView)).toBe(true);
    await screenshot(page, 'reader');
    await page.keyboard.press('Escape'); // reader → back to details
    await expect(page.locator('.details').count()).resolves.toBe(1);
    await page.keyboard.press('Escape');
    await expect(page.locator('.side').count()).resolves.toBe(0);
  });

  it('narrows the timeline to the events matching a search', async () => {
    const { page } = harness;
    const before = await page.locator('.vis-item .event-label').count();
    await page.getByRole('searchbox', { name: 'Search articles and events' }).fill('remains');
    await expect
      .poll(() => page.locator('.vis-item .event-label').count(), { timeout: 10_000 })
      .toBeLessThan(before);
    const drawn = await page.$$eval('.vis-item.event .event-label', (labels) =>
      labels.map((label) => Number(label.getAttribute('data-event-id'))),
    );
    expect(drawn.length).toBeGreaterThan(0);
    const matching = await harness.service.listEvents({
      from: '2017-01-01',
      to: '2020-01-01',
      search: 'remains',
      limit: 1000,
    });
    const allowed = new Set(matching.events.map((event) => event.id));
    expect(drawn.every((id) => allowed.has(id))).toBe(true);
    await expect(page.locator('.library .snippet mark').first().innerText()).resolves.toMatch(/remains/i);
    await screenshot(page, 'search');
    await page.getByRole('searchbox', { name: 'Search articles and events' }).fill('');
    await expect.poll(() => page.locator('.vis-item .event-label').count(), { timeout: 10_000 }).toBe(before);
  });

  it('selects the next and previous events with j and k', async () => {
    const { page } = harness;
    await page.locator('.timeline-bar').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('j');
    const first = await page.locator('#details-title').innerText();
    await page.keyboard.press('j');
    await expect.poll(() => page.locator('#details-title').innerText()).not.toBe(first);
    const second = await page.locator('#details-title').innerText();
    const selected = await page.locator('.vis-item.event.vis-selected .event-title').innerText();
    expect(selected).toBe(second);
    await page.keyboard.press('k');
    await expect.poll(() => page.locator('#details-title').innerText()).toBe(first);
    await page.keyboard.press('Escape');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('search-input');
    await page.keyboard.press('Escape');
  });

  it('corrects an event: the new title and status reach the details, the timeline and the database', async () => {
    const { page } = harness;
    await waitForSettled(page);
    const [id] = await fullyVisibleEventIds(page);
    await clickEvent(page, id as number);
    await page.getByRole('button', { name: 'Correct this event…' }).click();
    const form = page.getByRole('form', { name: 'Correct event' });
    await form.getByLabel('Title').fill('Corrected title for the test');
    await form.getByLabel('Status').selectOption('possible');
    await form.getByRole('button', { name: 'Save correction' }).click();
    await expect.poll(() => page.locator('#details-title').innerText()).toBe('Corrected title for the test');
    await expect(page.locator('.details .pill', { hasText: 'edited' }).count()).resolves.toBe(1);
    const label = page.locator(`.vis-item:has(.event-label[data-event-id="${id}"])`).first();
    await expect.poll(() => label.innerText()).toContain('Corrected title for the test');
    await expect(label.getAttribute('class')).resolves.toContain('status-possible');
    const stored = await harness.service.getEvent({ id: id as number });
    expect(stored).toMatchObject({
      title: 'Corrected title for the test',
      status: 'possible',
      origin: 'user',
    });
    await page.keyboard.press('Escape');
  });

  it('lists the events of the visible window as a table', async () => {
    const { page } = harness;
    await waitForSettled(page);
    const insideIds = await fullyVisibleEventIds(page);
    const inside = await Promise.all(
      insideIds.map((id) => page.locator(`.event-label[data-event-id="${id}"] .event-title`).innerText()),
    );
    const drawn = new Set(await drawnTitles(page));
    await page.getByRole('tab', { name: 'List' }).click();
    const table = page.getByRole('table');
    await table.waitFor();
    await expect(table.locator('caption').innerText()).resolves.toMatch(/^Events from .*2018/);
    const headers = await table.locator('thead th').allInnerTexts();
    expect(headers.map((header) => header.toLowerCase())).toEqual([
      'date',
      'title',
      'status',
      'certainty',
      'sources',
    ]);
    const rows = await table.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(rows.length).toBeGreaterThanOrEqual(inside.length);
    for (const title of rows) expect(drawn.has(title)).toBe(true);
    for (const title of inside) expect(rows).toContain(title);
    await screenshot(page, 'list-view');
    await page.getByRole('tab', { name: 'Timeline' }).click();
  });

  it('refuses an API call without the token', async () => {
    const { page } = harness;
    const statuses = await page.evaluate(async (token) => {
      const call = (headers: Record<string, string>) =>
        fetch('api/getOverview', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: '{}',
        });
      const without = await call({});
      const wrong = await call({ 'X-Timeline-Token': 'not-the-token' });
      const right = await call({ 'X-Timeline-Token': token });
      return [without.status, wrong.status, right.status];
    }, harness.server.token);
    expect(statuses).toEqual([401, 401, 200]);
  });

  it('previews an export as SVG and saves it as a download', async () => {
    const { page } = harness;
    await page.getByRole('button', { name: 'Export image…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export image' });
    await dialog.waitFor();
    // Focus starts inside the dialog and Tab cannot leave it, either way round.
    const focusInDialog = () =>
      page.evaluate(() => Boolean(document.activeElement?.closest('[role="dialog"]')));
    await expect.poll(focusInDialog).toBe(true);
    const firstControl = await page.evaluate(() => document.activeElement?.outerHTML);
    await page.keyboard.press('Shift+Tab');
    await expect(focusInDialog()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.outerHTML)).resolves.not.toBe(firstControl);
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.outerHTML)).resolves.toBe(firstControl);
    for (let step = 0; step < 20; step++) await page.keyboard.press('Tab');
    await expect(focusInDialog()).resolves.toBe(true);
    await dialog.getByLabel('Title').fill('Sample corpus, summer 2018');
    await dialog.getByRole('button', { name: 'Preview' }).click();
    const preview = dialog.locator('.export-preview img');
    await preview.waitFor({ timeout: 30_000 });
    await expect(preview.getAttribute('src')).resolves.toMatch(/^data:image\/svg\+xml;base64,/);
    await expect
      .poll(() => preview.evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(100);
    await screenshot(page, 'export-dialog');
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 30_000 }),
      dialog.getByRole('button', { name: /^Save PNG/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    await page.keyboard.press('Escape');
    await expect(dialog.count()).resolves.toBe(0);
    // Focus returns to the button that opened the dialog.
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('Export image…');
  });

  it('looks right at 1600×1000 in the dark theme', async () => {
    const { page } = harness;
    // "System" follows the operating system's preference.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    await page.emulateMedia({ colorScheme: 'light' });
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.getByRole('radio', { name: 'Dark' }).click();
    await expect(page.evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('source');
    await expect.poll(() => page.locator('.vis-label .lane-label').count()).toBeGreaterThan(1);
    await waitForSettled(page);
    const ids = await fullyVisibleEventIds(page);
    await clickEvent(page, ids[Math.min(2, ids.length - 1)] as number);
    await page.locator('.details').waitFor();
    await screenshot(page, 'dark-lanes-1600');
    await page.getByRole('radio', { name: 'Light' }).click();
    await page.getByRole('combobox', { name: 'Lanes' }).selectOption('none');
    await page.setViewportSize({ width: 1280, height: 800 });
    expect(harness.pageErrors).toEqual([]);
    // No CSP violation, failed load or uncaught rejection anywhere in the journeys above (the two
    // refused calls of the token test are the only expected errors).
    expect(harness.consoleErrors.filter((message) => !message.includes('401 (Unauthorized)'))).toEqual([]);
    expect(harness.consoleErrors.length).toBeLessThanOrEqual(2);
  });
});

/** Whether an element is visible inside its scrolling panel (runs in the page). */
function isInScrolledView(element: Element): boolean {
  const rect = element.getBoundingClientRect();
  const scroller = element.closest('.side') ?? document.documentElement;
  const box = scroller.getBoundingClientRect();
  return rect.top >= box.top - 1 && rect.bottom <= box.bottom + 1;
}
