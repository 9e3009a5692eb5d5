/**
 * The desktop app end to end: Electron starts on a fresh database, the page gets the API through
 * the preload (and nothing of Node), the timeline draws, and navigation away is refused. Needs the
 * Electron binary, which node_modules/electron downloads from its CDN on first use; where that is
 * unreachable the test is skipped with the reason printed.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron } from 'playwright-core';
import type { ElectronApplication, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findElectronBinary } from '../scripts/electron-binary.mjs';
import { ensureElectronNative } from '../scripts/electron-native.mjs';

const root = resolve(__dirname, '..');
const electronPath = findElectronBinary();
const built =
  existsSync(join(root, 'dist', 'electron', 'main.cjs')) &&
  existsSync(join(root, 'dist', 'renderer', 'index.html'));
const skipReason =
  electronPath === null
    ? 'Electron binary not downloaded (no network to its CDN here)'
    : !built
      ? 'the app is not built (run npm run build)'
      : null;
if (skipReason) console.log(`electron e2e skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('desktop app (Electron)', () => {
  let home: string;
  let app: ElectronApplication;
  let page: Page;

  beforeAll(async () => {
    home = mkdtempSync(join(tmpdir(), 'timeline-electron-'));
    const binding = ensureElectronNative({ quiet: true });
    app = await _electron.launch({
      executablePath: electronPath ?? '',
      args: [root, '--db', join(home, 'e2e.sqlite')],
      env: { ...process.env, TIMELINE_SQLITE_BINDING: binding, XDG_CONFIG_HOME: home, HOME: home },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  afterAll(async () => {
    await app?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it('serves the page from app:// with the API and no Node', async () => {
    expect(page.url()).toMatch(/^app:\/\/timeline\//);
    const exposed = await page.evaluate(() => ({
      api: typeof (window as unknown as { timelineApi?: unknown }).timelineApi,
      shell: typeof (window as unknown as { timelineShell?: unknown }).timelineShell,
      require: typeof (globalThis as { require?: unknown }).require,
      process: typeof (globalThis as { process?: unknown }).process,
    }));
    expect(exposed).toEqual({ api: 'object', shell: 'object', require: 'undefined', process: 'undefined' });
  });

  it('answers API calls over IPC from the database given with --db', async () => {
    const overview = await page.evaluate(() =>
      (
        window as unknown as {
          timelineApi: { getOverview(): Promise<{ databasePath: string; articleCount: number }> };
        }
      ).timelineApi.getOverview(),
    );
    expect(overview.databasePath).toBe(join(home, 'e2e.sqlite'));
    expect(overview.articleCount).toBe(0);
  });

  it('reports a malformed call as an error with a message, not a crash', async () => {
    const message = await page.evaluate(() =>
      (window as unknown as { timelineApi: { getEvent(argument: unknown): Promise<unknown> } }).timelineApi
        .getEvent({ id: 'one' })
        .then(
          () => 'resolved',
          (error: Error) => error.message,
        ),
    );
    expect(message).not.toBe('resolved');
    expect(message.length).toBeGreaterThan(0);
  });

  it('draws the timeline', async () => {
    await page.waitForSelector('.vis-timeline', { timeout: 30_000 });
    expect(await page.locator('.vis-timeline').count()).toBeGreaterThan(0);
  });

  it('refuses to navigate away from the app', async () => {
    await page.evaluate(() => {
      window.location.href = 'https://example.com/';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toMatch(/^app:\/\/timeline\//);
  });
});
