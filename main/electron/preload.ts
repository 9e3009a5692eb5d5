/**
 * The sandboxed preload: exposes the API contract as `window.timelineApi` and the desktop extras as
 * `window.timelineShell`. Each method is one fixed `timeline:` channel; the page never gets
 * ipcRenderer, channel names or IPC event objects. Bundled as CommonJS (sandboxed preloads cannot
 * be ES modules).
 */
import { contextBridge, ipcRenderer, webUtils } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { ImportProgress, ImportSummary, TimelineApi, Unsubscribe } from '../common/api';
import { TIMELINE_METHODS, timelineChannel } from '../common/api-methods';
import type { DesktopShell, MenuCommand } from '../common/desktop-shell';
import type { IpcReply } from './channels';
import { SHELL_CHANNELS } from './channels';

async function invoke(channel: string, argument: unknown): Promise<unknown> {
  const reply = (await ipcRenderer.invoke(channel, argument)) as IpcReply;
  if ('error' in reply) {
    // Only the message reliably crosses the context bridge; `code` is a bonus where it survives.
    throw Object.assign(new Error(reply.error.message), { code: reply.error.code });
  }
  return reply.result;
}

function subscribe<T>(channel: string, listener: (payload: T) => void): Unsubscribe {
  // The IPC event (with its sender) stays on this side; the page sees the payload only.
  const handler = (_event: IpcRendererEvent, payload: T): void => listener(payload);
  ipcRenderer.on(channel, handler);
  return () => {
    ipcRenderer.removeListener(channel, handler);
  };
}

const api: Record<string, unknown> = {};
for (const method of TIMELINE_METHODS) {
  api[method] = (argument?: unknown) => invoke(timelineChannel(method), argument);
}
api.onDidImportProgress = (listener: (progress: ImportProgress) => void) =>
  subscribe(timelineChannel('onDidImportProgress'), listener);

const shell: DesktopShell = {
  saveFile: (file) => invoke(SHELL_CHANNELS.saveFile, file) as Promise<{ saved: boolean; path?: string }>,
  pickAndImport: (kind) => invoke(SHELL_CHANNELS.pickAndImport, kind) as Promise<ImportSummary | null>,
  importDropped: (files) => {
    // Sandboxed pages no longer see File.path; webUtils gives the path of a file the user dropped.
    const paths = Array.from(files, (file) => webUtils.getPathForFile(file)).filter(
      (path) => path.length > 0,
    );
    return invoke(SHELL_CHANNELS.importDropped, paths) as Promise<ImportSummary>;
  },
  onDidMenuCommand: (listener) => subscribe<MenuCommand>(SHELL_CHANNELS.menu, listener),
  onDidImport: (listener) => subscribe<ImportSummary>(SHELL_CHANNELS.didImport, listener),
};

contextBridge.exposeInMainWorld('timelineApi', api as unknown as TimelineApi);
contextBridge.exposeInMainWorld('timelineShell', shell);
