/**
 * Desktop-only capabilities the Electron preload adds next to the API as `window.timelineShell`.
 * The renderer feature-detects it (absent under `serve`) and falls back to browser means:
 * a download link instead of a save dialog, a file input instead of a native picker.
 */
import type { ExportedFile, ImportSummary, Unsubscribe } from './api';

/** What the app menu asks the renderer to do; the renderer owns the timeline's view. */
export type MenuCommand = 'export' | 'zoom-in' | 'zoom-out' | 'fit';

export const MENU_COMMANDS: readonly MenuCommand[] = ['export', 'zoom-in', 'zoom-out', 'fit'];

export interface DesktopShell {
  /** Asks where to save an exported file with the native dialog and writes it; `saved` is false when cancelled. */
  saveFile(file: ExportedFile): Promise<{ saved: boolean; path?: string }>;
  /** Opens the native picker (files, or a folder read recursively) and imports what was chosen; null when cancelled. */
  pickAndImport(kind: 'files' | 'folder'): Promise<ImportSummary | null>;
  /** Imports files dropped on the window (only their paths cross to main, never their content). */
  importDropped(files: File[]): Promise<ImportSummary>;
  /** A command chosen in the app menu. */
  onDidMenuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
  /** An import finished, whoever started it (menu, picker, drop): the time to refresh the views. */
  onDidImport(listener: (summary: ImportSummary) => void): Unsubscribe;
}
