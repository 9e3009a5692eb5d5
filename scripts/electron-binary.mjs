// Locates the Electron executable of node_modules/electron WITHOUT downloading it. (Requiring
// 'electron' from Node starts a download when the binary is missing, which hangs or fails offline.)
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The installed electron package: its folder and version. */
export function electronPackage() {
  const packageJson = require.resolve('electron/package.json');
  return { dir: dirname(packageJson), version: JSON.parse(readFileSync(packageJson, 'utf8')).version };
}

/** The executable's path, or null when it has not been downloaded (honours ELECTRON_OVERRIDE_DIST_PATH). */
export function findElectronBinary(env = process.env) {
  const { dir } = electronPackage();
  const pathFile = join(dir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(candidate) ? candidate : null;
  }
  if (relative === null) return null;
  const candidate = join(dir, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}
