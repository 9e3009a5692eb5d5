/**
 * The desktop-only actions behind `window.timelineShell` and the File menu: native save and open
 * dialogs, and imports by path (the files never pass through the page). Arguments come from the
 * page, so they are validated here like API arguments.
 */
import { stat, writeFile } from 'node:fs/promises';
import { basename, extname, isAbsolute, join } from 'node:path';
import type Database from 'better-sqlite3';
import { app, dialog, ipcMain } from 'electron';
import type { BrowserWindow } from 'electron';
import { z } from 'zod';
import type { ImportSummary } from '../common/api';
import { timelineChannel } from '../common/api-methods';
import { emptyImportSummary } from '../common/import-summary';
import { isSupportedFile, SUPPORTED_EXTENSIONS } from '../import/parse-file';
import { importPaths } from '../import/pipeline';
import type { IpcReply } from './channels';
import { SHELL_CHANNELS } from './channels';
import { replyOf } from './ipc';

/** The extensions the importer reads (without the dot), as the open dialog wants them. */
const DIALOG_EXTENSIONS = SUPPORTED_EXTENSIONS.map((extension) => extension.slice(1));

const saveFileSchema = z.object({
  fileName: z.string().min(1).max(255),
  mimeType: z.string().max(255),
  data: z.string().max(200 * 1024 * 1024),
});
const pickSchema = z.enum(['files', 'folder']);
const droppedSchema = z.array(z.string().min(1).max(4096)).max(10_000);

class BadRequest extends Error {
  readonly code = 'bad-request';
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new BadRequest(`Invalid ${what}.`);
  return result.data;
}

/** A file name safe to propose in a save dialog: no folders, no control characters. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/[\\/]/g, '_'))
    .replace(/[\u0000-\u001f<>:"|?*]/g, '_')
    .trim();
  return cleaned.length > 0 && !cleaned.startsWith('.') ? cleaned : 'timeline-export';
}

export interface DesktopActionsOptions {
  db: Database.Database;
  getWindow(): BrowserWindow | null;
}

/** The actions, usable from IPC handlers and from the menu alike. */
export interface DesktopActions {
  saveFile(file: unknown): Promise<{ saved: boolean; path?: string }>;
  pickAndImport(kind: unknown): Promise<ImportSummary | null>;
  importDropped(paths: unknown): Promise<ImportSummary>;
}

/** Builds the actions over one database and window. */
export function createDesktopActions(options: DesktopActionsOptions): DesktopActions {
  let jobCounter = 0;

  async function importChosen(
    paths: string[],
    failures: ImportSummary['failures'] = [],
  ): Promise<ImportSummary> {
    const window = options.getWindow();
    const jobId = `desktop-${++jobCounter}`;
    const summary = await importPaths(options.db, paths, {
      onProgress: (progress) => {
        if (window && !window.isDestroyed()) {
          window.webContents.send(timelineChannel('onDidImportProgress'), { jobId, ...progress });
        }
      },
    });
    const complete = { ...summary, failures: [...failures, ...summary.failures] };
    if (window && !window.isDestroyed()) window.webContents.send(SHELL_CHANNELS.didImport, complete);
    return complete;
  }

  return {
    async saveFile(value) {
      const file = parse(saveFileSchema, value, 'file to save');
      const fileName = safeFileName(file.fileName);
      const extension = extname(fileName).slice(1);
      const window = options.getWindow();
      const dialogOptions = {
        defaultPath: join(app.getPath('documents'), fileName),
        filters: extension ? [{ name: extension.toUpperCase(), extensions: [extension] }] : [],
      };
      const choice = window
        ? await dialog.showSaveDialog(window, dialogOptions)
        : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { saved: false };
      await writeFile(choice.filePath, Buffer.from(file.data, 'base64'));
      return { saved: true, path: choice.filePath };
    },

    async pickAndImport(value) {
      const kind = parse(pickSchema, value, 'import kind');
      const window = options.getWindow();
      const dialogOptions: Electron.OpenDialogOptions =
        kind === 'files'
          ? {
              title: 'Import articles',
              properties: ['openFile', 'multiSelections'],
              filters: [{ name: 'Articles', extensions: DIALOG_EXTENSIONS }],
            }
          : { title: 'Import a folder of articles', properties: ['openDirectory'] };
      const choice = window
        ? await dialog.showOpenDialog(window, dialogOptions)
        : await dialog.showOpenDialog(dialogOptions);
      if (choice.canceled || choice.filePaths.length === 0) return null;
      return importChosen(choice.filePaths);
    },

    async importDropped(value) {
      const paths = parse(droppedSchema, value, 'list of dropped files');
      const accepted: string[] = [];
      const failures: ImportSummary['failures'] = [];
      // The page could name any path; only what a drop can plausibly give is read: absolute paths of
      // folders or of files the importer understands.
      for (const path of paths) {
        const info = isAbsolute(path) ? await stat(path).catch(() => null) : null;
        if (info?.isDirectory() || (info?.isFile() && isSupportedFile(path))) {
          accepted.push(path);
        } else {
          const reason = info ? `not an article file (${SUPPORTED_EXTENSIONS.join(', ')})` : 'not found';
          failures.push({ file: basename(path), reason });
        }
      }
      if (accepted.length === 0) return { ...emptyImportSummary(), failures };
      return importChosen(accepted, failures);
    },
  };
}

/** Registers the shell channels for the page; returns a function that removes them. */
export function registerShellHandlers(actions: DesktopActions): () => void {
  const handlers: Record<string, (argument: unknown) => Promise<unknown>> = {
    [SHELL_CHANNELS.saveFile]: (argument) => actions.saveFile(argument),
    [SHELL_CHANNELS.pickAndImport]: (argument) => actions.pickAndImport(argument),
    [SHELL_CHANNELS.importDropped]: (argument) => actions.importDropped(argument),
  };
  for (const [channel, handler] of Object.entries(handlers)) {
    ipcMain.handle(channel, (event, argument: unknown): Promise<IpcReply> =>
      replyOf(event, () => handler(argument)),
    );
  }
  return () => {
    for (const channel of Object.keys(handlers)) ipcMain.removeHandler(channel);
  };
}
