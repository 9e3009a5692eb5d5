import { describe, expect, it, vi } from 'vitest';
import type { MenuCommand } from '../../main/common/desktop-shell';
import type { ImportSummary } from '../../main/common/api';
import type { TimelineShell } from './api/shell';
import { installDesktopMenu } from './desktop-menu';
import type { Actions } from './state/actions';

function fakeShell() {
  const menu: ((command: MenuCommand) => void)[] = [];
  const imports: ((summary: ImportSummary) => void)[] = [];
  const shell: TimelineShell = {
    saveFile: async () => ({ saved: true }),
    onDidMenuCommand: (listener) => {
      menu.push(listener);
      return () => menu.splice(menu.indexOf(listener), 1);
    },
    onDidImport: (listener) => {
      imports.push(listener);
      return () => imports.splice(imports.indexOf(listener), 1);
    },
  };
  return { shell, menu, imports };
}

describe('the desktop menu', () => {
  const actions = {
    openExport: vi.fn(),
    zoomIn: vi.fn(),
    zoomOut: vi.fn(),
    fit: vi.fn(),
    refreshAfterChange: vi.fn(async () => undefined),
  } as unknown as Actions;

  it('runs the same actions as the page’s buttons, and refreshes after a menu import', () => {
    const { shell, menu, imports } = fakeShell();
    const uninstall = installDesktopMenu(shell, actions);
    menu.forEach((listener) => listener('zoom-in'));
    menu.forEach((listener) => listener('export'));
    menu.forEach((listener) => listener('fit'));
    imports.forEach((listener) =>
      listener({ added: 1, duplicates: 0, events: 2, mentions: 3, failures: [], articleIds: [1] }),
    );
    expect(actions.zoomIn).toHaveBeenCalledOnce();
    expect(actions.openExport).toHaveBeenCalledWith(true);
    expect(actions.fit).toHaveBeenCalledOnce();
    expect(actions.refreshAfterChange).toHaveBeenCalledOnce();
    uninstall();
    expect(menu).toHaveLength(0);
    expect(imports).toHaveLength(0);
  });

  it('does nothing without a shell (the browser build)', () => {
    expect(() => installDesktopMenu(null, actions)()).not.toThrow();
  });
});
