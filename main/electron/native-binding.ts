/**
 * Finding the better-sqlite3 addon built for Electron's ABI. node_modules keeps the Node build
 * (what `npm test` and the command line load), so Electron must be pointed at its own copy.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The environment variable `npm start` sets to the Electron-ABI addon. */
export const BINDING_ENV = 'TIMELINE_SQLITE_BINDING';

export interface BindingContext {
  env: Record<string, string | undefined>;
  isPackaged: boolean;
  /** process.resourcesPath: where extraResources land in a packaged app. */
  resourcesPath: string;
  /** The app folder (the checkout, in development). */
  appPath: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

/** The cache folder scripts/electron-native.mjs fills for one Electron version and platform. */
export function nativeCacheDirectory(
  appPath: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return join(appPath, '.cache', 'electron-native', `${electronVersion}-${platform}-${arch}`);
}

/**
 * The addon to load: the environment's choice, else the packaged copy in resources/native, else the
 * development cache. Throws a message saying how to build it when there is none, rather than
 * letting better-sqlite3 load the Node build and fail with an ABI mismatch.
 */
export function findNativeBinding(context: BindingContext): string {
  const fromEnv = context.env[BINDING_ENV];
  const candidate = fromEnv
    ? fromEnv
    : context.isPackaged
      ? join(context.resourcesPath, 'native', 'better_sqlite3.node')
      : join(
          nativeCacheDirectory(context.appPath, context.electronVersion, context.platform, context.arch),
          'better_sqlite3.node',
        );
  if (!existsSync(candidate)) {
    throw new Error(
      `No better-sqlite3 build for Electron ${context.electronVersion} at ${candidate}; run \`node scripts/electron-native.mjs\` (or \`npm start\`).`,
    );
  }
  return candidate;
}
