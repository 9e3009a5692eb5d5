/**
 * The Electron main process: one window on the app's page, the API over IPC, the menu, and
 * nothing else. Bundled by scripts/build.mjs to dist/electron/main.cjs, next to preload.cjs, with
 * the renderer in dist/renderer.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import type { Db } from '../../db';
import { createTimelineService } from '../service';
import { openLibrary } from '../service/open-library';
import { parseShellArguments } from './arguments';
import { APP_INDEX_URL } from './channels';
import { createDesktopActions, registerShellHandlers } from './desktop-actions';
import { hardenSession, hardenWebContents, registerAppScheme, serveRenderer } from './hardening';
import { forwardEvents, registerApiHandlers } from './ipc';
import { installMenu } from './menu';
import { findNativeBinding } from './native-binding';
import type { ShellState } from './shell-state';
import { fitToDisplays, loadShellState, MIN_HEIGHT, MIN_WIDTH, saveShellState } from './shell-state';

const RENDERER_DIR = join(__dirname, '..', 'renderer');
const PRELOAD = join(__dirname, 'preload.cjs');

let mainWindow: BrowserWindow | null = null;

function createWindow(state: ShellState, stateFile: string): BrowserWindow {
  const workAreas = [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map(
    (display) => display.workArea,
  );
  const bounds = fitToDisplays(state.bounds, workAreas);
  const window = new BrowserWindow({
    ...bounds,
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    show: false,
    title: app.getName(),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1d21' : '#ffffff',
    webPreferences: {
      preload: PRELOAD,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
      // Middle-click would try to open links in new windows; the open handler denies them anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (state.maximized) window.maximize();
  window.once('ready-to-show', () => window.show());

  // Remember the place on close, and shortly after each move so a crash loses little.
  let timer: NodeJS.Timeout | undefined;
  const remember = (): void => {
    if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
    state.bounds = window.getNormalBounds();
    state.maximized = window.isMaximized();
    try {
      saveShellState(stateFile, state);
    } catch (error) {
      console.error('timeline: could not save the window state:', error);
    }
  };
  const rememberSoon = (): void => {
    clearTimeout(timer);
    timer = setTimeout(remember, 1000);
  };
  window.on('resize', rememberSoon);
  window.on('move', rememberSoon);
  window.on('close', () => {
    clearTimeout(timer);
    remember();
  });
  void window.loadURL(APP_INDEX_URL);
  return window;
}

function fail(message: string): never {
  console.error(`timeline: ${message}`);
  dialog.showErrorBox(`${app.getName()} cannot start`, message);
  app.exit(1);
  throw new Error(message);
}

async function start(): Promise<void> {
  await app.whenReady();
  const { databasePath: givenPath } = parseShellArguments(process.argv);
  let nativeBinding: string;
  try {
    nativeBinding = findNativeBinding({
      env: process.env,
      isPackaged: app.isPackaged,
      resourcesPath: process.resourcesPath,
      appPath: app.getAppPath(),
      electronVersion: process.versions.electron,
      platform: process.platform,
      arch: process.arch,
    });
  } catch (error) {
    fail((error as Error).message);
  }
  let db: Db;
  let databasePath: string;
  try {
    // The default database is created with the sample corpus on first run; --db FILE starts empty.
    ({ db, path: databasePath } = await openLibrary(givenPath ?? null, { nativeBinding }));
  } catch (error) {
    fail(
      `Could not open the database ${givenPath ?? 'in the user data folder'}: ${(error as Error).message}`,
    );
  }
  const service = createTimelineService({ db, databasePath, version: app.getVersion() });

  const stateFile = join(app.getPath('userData'), 'window-state.json');
  const state = loadShellState(stateFile);
  nativeTheme.themeSource = state.theme;

  hardenSession();
  serveRenderer(RENDERER_DIR);
  registerApiHandlers(service);
  const getWindow = (): BrowserWindow | null => mainWindow;
  const actions = createDesktopActions({ db, getWindow });
  registerShellHandlers(actions);
  installMenu({
    getWindow,
    theme: state.theme,
    onThemeChange: (theme) => {
      state.theme = theme;
      saveShellState(stateFile, state);
    },
    pickAndImport: (kind) => {
      actions
        .pickAndImport(kind)
        .catch((error: unknown) => dialog.showErrorBox('Import failed', (error as Error).message));
    },
  });

  mainWindow = createWindow(state, stateFile);
  forwardEvents(service, mainWindow.webContents);
  mainWindow.on('closed', () => {
    mainWindow = null;
  });

  app.on('will-quit', () => {
    service.dispose();
    if (db.open) db.close();
  });
}

// One window on one database: a second launch focuses the first instead of opening the file twice.
if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.enableSandbox();
  registerAppScheme();
  hardenWebContents();
  start().catch((error: unknown) => {
    console.error('timeline: startup failed:', error);
    app.exit(1);
  });
}
