/**
 * End-to-end harness: a temporary database seeded with the sample corpus, the real service and
 * HTTP server in this process, and a fresh headless Chromium profile per run. `close()` undoes all.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { openDatabase } from '../db/connection';
import type { Db } from '../db/connection';
import { seedSampleCorpus } from '../main/import/sample';
import { createTimelineService } from '../main/service';
import type { TimelineService } from '../main/service';
import { startServer } from '../main/server';
import type { RunningServer } from '../main/server';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const RENDERER_DIR = path.resolve(__dirname, '..', 'dist', 'renderer');
export const SCREENSHOT_DIR = path.resolve(__dirname, '..', 'test-artifacts', 'screenshots');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Why the suite cannot run here, or null when it can. Printed by the tests that skip. */
export function skipReason(): string | null {
  if (!fs.existsSync(CHROMIUM_PATH))
    return `e2e skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`;
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    return `e2e skipped: ${RENDERER_DIR} is not built (run npm run build first)`;
  }
  return null;
}

export interface Harness {
  db: Db;
  service: TimelineService;
  server: RunningServer;
  context: BrowserContext;
  page: Page;
  /** The app's address with the token in the fragment. */
  url: string;
  /** Messages the page logged as errors, and dialogs it tried to open (neither should happen). */
  pageErrors: string[];
  /** Console errors (CSP violations show up here). */
  consoleErrors: string[];
  dialogs: string[];
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Files to import after the sample corpus (name and text content). */
  extraFiles?: { name: string; content: string }[];
  viewport?: { width: number; height: number };
}

/** Starts everything and opens the app; the page has not necessarily drawn yet. */
export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'timeline-e2e-'));
  const databasePath = path.join(workDir, 'library.sqlite');
  const db = openDatabase(databasePath);
  const seeded = await seedSampleCorpus(db);
  if (seeded.added === 0) {
    // Fail with the importer's reasons rather than with a timeout on an empty timeline.
    db.close();
    throw new Error(`the sample corpus did not import: ${JSON.stringify(seeded.failures.slice(0, 3))}`);
  }
  const service = createTimelineService({ db, databasePath, version: 'e2e' });
  if (options.extraFiles?.length) {
    const files = options.extraFiles.map((file) => ({
      name: file.name,
      data: Buffer.from(file.content).toString('base64'),
    }));
    await service.importFiles({ files });
  }
  const server = await startServer({ service, port: 0, rendererDir: RENDERER_DIR });
  const profile = path.join(workDir, 'profile');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    // Far from UTC on purpose: calendar dates must not shift with the machine's zone.
    timezoneId: 'Pacific/Auckland',
    locale: 'en-GB',
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  return {
    db,
    service,
    server,
    context,
    page,
    url: server.url,
    pageErrors,
    consoleErrors,
    dialogs,
    async close() {
      await context.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      service.dispose();
      db.close();
      fs.rmSync(workDir, { recursive: true, force: true });
    },
  };
}

/** Opens the app and waits until the first events are drawn; returns ms from navigation start to then. */
export async function openApp(harness: Harness): Promise<number> {
  await harness.page.goto(harness.url);
  await harness.page.waitForSelector('.vis-item.event', { timeout: 30_000 });
  return harness.page.evaluate(() => {
    const mark = performance.getEntriesByName('timeline-first-items')[0];
    return Math.round(mark ? mark.startTime : performance.now());
  });
}

/**
 * Waits until at least one timeline item is on screen. Any item will do: vis-timeline's DOM order
 * says nothing about which items are in view. When none appears, the error describes what the
 * items and their containers looked like, and a screenshot is saved, so that a failure on CI can
 * be understood without reproducing it.
 */
export async function waitForDrawnItems(page: Page, timeout = 30_000): Promise<void> {
  try {
    await page.locator('.vis-item:visible').first().waitFor({ timeout });
  } catch (error) {
    const shot = await screenshot(page, 'timeline-not-drawn').catch(() => 'no screenshot');
    const state = await page.evaluate(() => {
      const describe = (element: Element) => {
        const style = getComputedStyle(element);
        const box = element.getBoundingClientRect();
        return `${element.tagName.toLowerCase()}.${[...element.classList].join('.')} visibility=${style.visibility} display=${style.display} box=${Math.round(box.width)}x${Math.round(box.height)}@${Math.round(box.left)},${Math.round(box.top)}`;
      };
      const items = [...document.querySelectorAll('.vis-item')];
      const first = items[0];
      const ancestors: string[] = [];
      for (let node = first?.parentElement ?? null; node; node = node.parentElement)
        ancestors.push(describe(node));
      return [
        `${items.length} items; readout "${document.querySelector('output.readout')?.textContent ?? ''}"`,
        ...items.slice(0, 3).map(describe),
        'ancestors of the first:',
        ...ancestors,
      ].join('\n');
    });
    throw new Error(`no timeline item became visible in ${timeout} ms (screenshot ${shot}):\n${state}`, {
      cause: error,
    });
  }
}

/** Saves a screenshot of the page under test-artifacts/screenshots. */
export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/** The titles of the events drawn on the timeline. */
export function drawnTitles(page: Page): Promise<string[]> {
  return page.$$eval('.vis-item.event .event-title', (labels) =>
    labels.map((label) => label.textContent ?? ''),
  );
}

/** The readout of the visible dates, e.g. "1 Jun 2018 – 30 Sep 2018". */
export function readout(page: Page): Promise<string> {
  return page.locator('output.readout').innerText();
}

/** Ids of the event items drawn wholly inside the timeline's visible panel, left to right. */
export function fullyVisibleEventIds(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const panel = document.querySelector('.vis-panel.vis-center')?.getBoundingClientRect();
    if (!panel) return [];
    return [...document.querySelectorAll<HTMLElement>('.vis-item .event-label')]
      .map((label) => ({
        id: Number(label.dataset.eventId),
        rect: (label.closest('.vis-item') ?? label).getBoundingClientRect(),
      }))
      .filter(
        ({ rect }) =>
          rect.left >= panel.left &&
          rect.right <= panel.right &&
          rect.top >= panel.top &&
          rect.bottom <= panel.bottom,
      )
      .sort((a, b) => a.rect.left - b.rect.left)
      .map(({ id }) => id);
  });
}

/** Clicks the event item with this id on the timeline. */
export async function clickEvent(page: Page, id: number): Promise<void> {
  await page.locator(`.vis-item:has(.event-label[data-event-id="${id}"])`).first().click();
}

/** Waits until the timeline stops moving (animations and reloads done): the drawn items stay put for 300 ms. */
export async function waitForSettled(page: Page): Promise<void> {
  const snapshot = () =>
    page.evaluate(() =>
      [...document.querySelectorAll('.vis-item')]
        .map((item) => item.getBoundingClientRect().left.toFixed(0))
        .join(','),
    );
  let previous = await snapshot();
  for (let attempt = 0; attempt < 50; attempt++) {
    await page.waitForTimeout(300);
    const current = await snapshot();
    if (current === previous) return;
    previous = current;
  }
  throw new Error('the timeline kept moving for 15 s');
}
