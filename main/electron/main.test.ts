/**
 * The main process wired end to end with a stand-in for the `electron` module (the real binary
 * cannot be downloaded everywhere): real database, real service, real dispatcher, and the IPC
 * handlers, protocol handler and session rules that main.ts installs.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

type Handler = (event: unknown, argument: unknown) => Promise<unknown>;

const fake = vi.hoisted(() => {
  const handlers = new Map<string, Handler>();
  const sent: { channel: string; payload: unknown }[] = [];
  const state = {
    handlers,
    sent,
    protocolHandler: null as ((request: Request) => Promise<Response>) | null,
    privileged: [] as unknown[],
    beforeRequest: null as
      ((details: { url: string }, callback: (response: { cancel: boolean }) => void) => void) | null,
    permissionRequest: null as
      ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null,
    windowOptions: null as Record<string, unknown> | null,
    loadedUrl: '',
    menuTemplate: [] as { label?: string; role?: string }[],
    userData: '',
  };
  const noop = (): void => undefined;
  class BrowserWindow {
    webContents = {
      send: (channel: string, payload: unknown) => sent.push({ channel, payload }),
      once: noop,
      isDestroyed: () => false,
    };
    constructor(options: Record<string, unknown>) {
      state.windowOptions = options;
    }
    once = noop;
    on = noop;
    maximize = noop;
    isDestroyed = () => false;
    loadURL(url: string) {
      state.loadedUrl = url;
      return Promise.resolve();
    }
  }
  const workArea = { x: 0, y: 0, width: 1920, height: 1080 };
  const electron = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      on: noop,
      quit: noop,
      exit: noop,
      enableSandbox: noop,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getAppPath: () => process.cwd(),
      getVersion: () => '9.9.9-test',
      getName: () => 'Timeline Explorer',
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.privileged.push(...schemes),
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandler = handler;
      },
    },
    session: {
      defaultSession: {
        webRequest: {
          onBeforeRequest: (listener: typeof state.beforeRequest) => {
            state.beforeRequest = listener;
          },
          onHeadersReceived: noop,
        },
        setPermissionRequestHandler: (handler: typeof state.permissionRequest) => {
          state.permissionRequest = handler;
        },
        setPermissionCheckHandler: noop,
      },
    },
    ipcMain: {
      handle: (channel: string, handler: Handler) => handlers.set(channel, handler),
      removeHandler: (channel: string) => handlers.delete(channel),
    },
    BrowserWindow,
    screen: { getPrimaryDisplay: () => ({ workArea }), getAllDisplays: () => [{ workArea }] },
    nativeTheme: { shouldUseDarkColors: false, themeSource: 'system' },
    dialog: { showErrorBox: (title: string, message: string) => console.error(title, message) },
    Menu: {
      buildFromTemplate: (template: { label?: string; role?: string }[]) => {
        state.menuTemplate = template;
        return template;
      },
      setApplicationMenu: noop,
    },
  };
  return { state, electron };
});

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }));

const ARTICLE =
  'Bridge reopens\n\nThe old bridge reopened on 3 March 2021 after two years of repairs.\nThe mayor said traffic would return to normal by June 2021.\n';

const appFrame = { url: 'app://timeline/index.html', parent: null };
const call = (channel: string, argument?: unknown, senderFrame: unknown = appFrame) => {
  const handler = fake.state.handlers.get(channel);
  if (!handler) throw new Error(`no handler on ${channel}`);
  return handler({ senderFrame }, argument) as Promise<{
    result?: unknown;
    error?: { code: string; message: string };
  }>;
};

describe('Electron main process (with a stand-in electron module)', () => {
  let dir: string;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'timeline-main-'));
    fake.state.userData = dir;
    // Under Node the Node build of better-sqlite3 is the right ABI; in Electron npm start passes its own.
    const require = createRequire(import.meta.url);
    const packageDir = join(require.resolve('better-sqlite3/package.json'), '..');
    vi.stubEnv('TIMELINE_SQLITE_BINDING', join(packageDir, 'build', 'Release', 'better_sqlite3.node'));
    vi.stubEnv('TIMELINE_EXPLORER_DB', join(dir, 'library.sqlite'));
    await import('./main');
    await vi.waitFor(() => expect(fake.state.loadedUrl).not.toBe(''), { timeout: 10_000 });
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('opens one sandboxed, isolated window on the app page', () => {
    expect(fake.state.loadedUrl).toBe('app://timeline/index.html');
    expect(fake.state.windowOptions?.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
    });
    expect(String((fake.state.windowOptions?.webPreferences as { preload: string }).preload)).toMatch(
      /preload\.cjs$/,
    );
    expect(fake.state.privileged).toMatchObject([
      { scheme: 'app', privileges: { standard: true, secure: true } },
    ]);
  });

  it('creates the default database with the sample corpus and answers the contract over IPC', async () => {
    const reply = await call('timeline:getOverview');
    expect(reply.error).toBeUndefined();
    expect(reply.result).toMatchObject({
      databasePath: join(dir, 'library.sqlite'),
      version: '9.9.9-test',
      articleCount: 10,
    });
    const imported = await call('timeline:importFiles', {
      files: [
        {
          name: 'a.txt',
          data: Buffer.from(ARTICLE).toString('base64'),
        },
      ],
    });
    expect(imported.error).toBeUndefined();
    expect(imported.result).toMatchObject({ added: 1, failures: [] });
    expect(fake.state.sent.some((message) => message.channel === 'timeline:onDidImportProgress')).toBe(true);
    expect((await call('timeline:getOverview')).result).toMatchObject({ articleCount: 11 });
  });

  it('turns invalid calls into a code and a one-line message, without a stack', async () => {
    const reply = await call('timeline:getEvent', { id: 'one' });
    expect(reply.error?.code).toBe('bad-request');
    expect(reply.error?.message).not.toMatch(/\n|at /);
  });

  it('refuses calls from any frame but the app page', async () => {
    for (const frame of [
      { url: 'https://evil.example/', parent: null },
      { url: 'app://timeline/x', parent: appFrame },
      null,
    ]) {
      const reply = await call('timeline:getOverview', undefined, frame);
      expect(reply.error?.code).toBe('forbidden');
      expect(reply.result).toBeUndefined();
    }
  });

  it('validates shell arguments like API arguments', async () => {
    const reply = await call('timeline:shell:pickAndImport', 'everything');
    expect(reply.error?.code).toBe('bad-request');
    const dropped = await call('timeline:shell:importDropped', ['relative.txt', join(dir, 'missing.html')]);
    expect(dropped.result).toMatchObject({
      added: 0,
      failures: [{ reason: 'not found' }, { reason: 'not found' }],
    });
  });

  it('serves nothing outside the renderer, with the policy on every answer', async () => {
    const handler = fake.state.protocolHandler;
    if (!handler) throw new Error('no app:// handler installed');
    const other = await handler(new Request('app://elsewhere/index.html'));
    expect(other.status).toBe(404);
    expect(other.headers.get('content-security-policy')).toContain("script-src 'self'");
    const traversal = await handler(new Request('app://timeline/%2e%2e/package.json'));
    expect(traversal.status).toBe(404);
  });

  it('cancels network requests and denies permissions', () => {
    const decisions: Record<string, boolean> = {};
    for (const url of [
      'https://example.com/x.js',
      'http://127.0.0.1:80/',
      'file:///etc/passwd',
      'app://timeline/index.html',
      'data:,x',
    ]) {
      fake.state.beforeRequest?.({ url }, ({ cancel }) => (decisions[url] = cancel));
    }
    expect(decisions).toEqual({
      'https://example.com/x.js': true,
      'http://127.0.0.1:80/': true,
      'file:///etc/passwd': true,
      'app://timeline/index.html': false,
      'data:,x': false,
    });
    let granted: boolean | null = null;
    fake.state.permissionRequest?.(
      { getURL: () => 'app://timeline/index.html' },
      'media',
      (value) => (granted = value),
    );
    expect(granted).toBe(false);
  });

  it('builds the File, View and Help menus', () => {
    const labels = fake.state.menuTemplate.map((item) => item.label ?? item.role);
    expect(labels).toEqual(expect.arrayContaining(['File', 'View', 'help']));
  });
});
