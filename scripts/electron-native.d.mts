/** Where the Electron-ABI better-sqlite3 addon for one Electron version and platform lives. */
export function nativeCachePath(version: string, platform?: string, arch?: string): string;
/** The addon's path, fetched or built when missing; throws a one-line error when that is impossible. */
export function ensureElectronNative(options?: { force?: boolean; arch?: string; quiet?: boolean }): string;
