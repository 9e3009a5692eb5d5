// `npm dist`: packages the app for the current platform with electron-builder (AppImage and deb on
// Linux, dmg on macOS, NSIS on Windows) into release/. electron-builder's own native rebuild is off
// (it built better-sqlite3 for Node's ABI while reporting success); instead the Electron-ABI addon
// from scripts/electron-native.mjs is shipped as resources/native/better_sqlite3.node.
//
// Needs network on first run (Electron's zip, the addon). ELECTRON_DIST=<unpacked electron> uses a
// local Electron instead of downloading one.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildForElectron } from './electron-native.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`npm run dist: ${message}`);
  process.exit(1);
}

const binding = buildForElectron(fail);
// electron-builder.yml ships whatever is staged here, whatever the Electron version.
const staged = join(root, '.cache', 'electron-native', 'staged');
mkdirSync(staged, { recursive: true });
copyFileSync(binding, join(staged, 'better_sqlite3.node'));

const { build: electronBuild, Platform } = require('electron-builder');
const extra = process.env.ELECTRON_DIST ? { electronDist: resolve(process.env.ELECTRON_DIST) } : {};
try {
  const artifacts = await electronBuild({
    projectDir: root,
    targets: Platform.current().createTarget(),
    publish: 'never',
    // electron-builder.yml in projectDir is read by default; these options are merged over it.
    config: extra,
  });
  console.log(`npm run dist: built\n  ${artifacts.join('\n  ')}`);
} catch (error) {
  fail(`electron-builder failed: ${String(error.message ?? error).split('\n')[0]}`);
}
