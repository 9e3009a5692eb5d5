/**
 * The desktop app's menu and its imports, wired to the same actions as the page's own buttons:
 * View → Zoom in/out/Fit, File → Export…, and refreshing after an import made from the menu or a
 * drop. Does nothing in a browser, where there is no shell.
 */
import type { MenuCommand } from '../../main/common/desktop-shell';
import type { TimelineShell } from './api/shell';
import type { Actions } from './state/actions';

/** Subscribes to the shell's notifications; returns the function that unsubscribes. */
export function installDesktopMenu(shell: TimelineShell | null, actions: Actions): () => void {
  if (!shell) return () => undefined;
  const commands: Record<MenuCommand, () => void> = {
    export: () => actions.openExport(true),
    'zoom-in': () => actions.zoomIn(),
    'zoom-out': () => actions.zoomOut(),
    fit: () => actions.fit(),
  };
  const unsubscribers = [
    shell.onDidMenuCommand?.((command) => commands[command]?.()),
    shell.onDidImport?.(() => void actions.refreshAfterChange()),
  ];
  return () => unsubscribers.forEach((unsubscribe) => unsubscribe?.());
}
