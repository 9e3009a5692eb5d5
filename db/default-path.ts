/**
 * The database file the desktop app uses, computed without Electron so the command line finds
 * the same one: Electron's `app.getPath('userData')` for the app name, plus `timeline.sqlite`.
 */
import os from 'node:os';
import path from 'node:path';

export const APP_NAME = 'Timeline Explorer';
export const DATABASE_FILE = 'timeline.sqlite';

/** The user data folder Electron gives an app called "Timeline Explorer" on this platform. */
export function userDataDirectory(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  const home = os.homedir();
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', APP_NAME);
  return path.join(env.XDG_CONFIG_HOME || path.join(home, '.config'), APP_NAME);
}

/** The default database path, overridable with TIMELINE_EXPLORER_DB (tests and scripts use it). */
export function defaultDatabasePath(env: NodeJS.ProcessEnv = process.env): string {
  return env.TIMELINE_EXPLORER_DB || path.join(userDataDirectory(env), DATABASE_FILE);
}
