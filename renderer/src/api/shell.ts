/**
 * Desktop extras the Electron preload exposes next to the API (`window.timelineShell`); the type is
 * the shared `DesktopShell`. The web build has none of them: every caller checks for `null` and
 * falls back to a browser way. Older or partial shells are tolerated member by member.
 */
import type { DesktopShell } from '../../../main/common/desktop-shell';

export type TimelineShell = Partial<DesktopShell> & Pick<DesktopShell, 'saveFile'>;
export type SaveFileRequest = Parameters<DesktopShell['saveFile']>[0];
