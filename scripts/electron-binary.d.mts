/** The installed electron package: its folder and version. */
export function electronPackage(): { dir: string; version: string };
/** The Electron executable's path, or null when it has not been downloaded. */
export function findElectronBinary(env?: NodeJS.ProcessEnv): string | null;
