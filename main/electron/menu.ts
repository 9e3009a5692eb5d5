/**
 * The application menu. Imports run in main (native dialogs, by path); view commands (zoom, fit,
 * export) are the renderer's, so the menu only names them on `timeline:menu`.
 */
import { app, dialog, Menu, nativeTheme } from 'electron';
import type { BrowserWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../common/desktop-shell';
import { SHELL_CHANNELS } from './channels';
import type { ThemeSource } from './shell-state';

export interface MenuOptions {
  getWindow(): BrowserWindow | null;
  pickAndImport(kind: 'files' | 'folder'): void;
  theme: ThemeSource;
  onThemeChange(theme: ThemeSource): void;
}

function sendCommand(window: BrowserWindow | null, command: MenuCommand): void {
  if (window && !window.isDestroyed()) window.webContents.send(SHELL_CHANNELS.menu, command);
}

function showAbout(window: BrowserWindow | null): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: `Dated events from news articles, on a timeline.\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome} · Node ${process.versions.node}`,
    buttons: ['OK'],
  };
  void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
}

/** Builds the menu template for this platform and packaging state. */
export function menuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const isMac = process.platform === 'darwin';
  const themeItem = (label: string, theme: ThemeSource): MenuItemConstructorOptions => ({
    label,
    type: 'radio',
    checked: options.theme === theme,
    click: () => {
      nativeTheme.themeSource = theme;
      options.onThemeChange(theme);
    },
  });
  const view: MenuItemConstructorOptions[] = [
    {
      label: 'Zoom In',
      accelerator: 'CmdOrCtrl+=',
      click: () => sendCommand(options.getWindow(), 'zoom-in'),
    },
    {
      label: 'Zoom Out',
      accelerator: 'CmdOrCtrl+-',
      click: () => sendCommand(options.getWindow(), 'zoom-out'),
    },
    { label: 'Fit', accelerator: 'CmdOrCtrl+0', click: () => sendCommand(options.getWindow(), 'fit') },
    { type: 'separator' },
    {
      label: 'Theme',
      submenu: [themeItem('System', 'system'), themeItem('Light', 'light'), themeItem('Dark', 'dark')],
    },
    { type: 'separator' },
    { role: 'togglefullscreen' },
  ];
  if (!app.isPackaged) view.push({ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' });

  const template: MenuItemConstructorOptions[] = [
    {
      label: 'File',
      submenu: [
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+O', click: () => options.pickAndImport('files') },
        {
          label: 'Import Folder…',
          accelerator: 'CmdOrCtrl+Shift+O',
          click: () => options.pickAndImport('folder'),
        },
        { type: 'separator' },
        {
          label: 'Export…',
          accelerator: 'CmdOrCtrl+E',
          click: () => sendCommand(options.getWindow(), 'export'),
        },
        ...(isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    { role: 'editMenu' },
    { label: 'View', submenu: view },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [{ label: `About ${app.getName()}`, click: () => showAbout(options.getWindow()) }],
    },
  ];
  if (isMac) template.unshift({ role: 'appMenu' });
  return template;
}

/** Installs the menu. */
export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
