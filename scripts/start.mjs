// `npm start [-- --db FILE]`: builds, makes sure Electron and an Electron-ABI better-sqlite3 are at
// hand, then runs the app from this checkout with the arguments given.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage, findElectronBinary } from './electron-binary.mjs';
import { buildForElectron } from './electron-native.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function fail(message) {
  console.error(`npm start: ${message}`);
  process.exit(1);
}

function electronBinary() {
  const found = findElectronBinary();
  if (found) return found;
  // Electron's package downloads its binary on first use; try that once, quietly.
  const { dir, version } = electronPackage();
  console.log(`npm start: downloading the Electron ${version} binary…`);
  spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 300_000 });
  return (
    findElectronBinary() ??
    fail(
      `the Electron ${version} binary is not downloaded and cannot be (no access to its CDN); run \`node node_modules/electron/install.js\` where the network allows, or set ELECTRON_OVERRIDE_DIST_PATH to an unpacked Electron ${version}`,
    )
  );
}

const electron = electronBinary();

const binding = buildForElectron(fail);

// `node scripts/start.mjs -- --db FILE` keeps a literal `--` that npm would have eaten.
const forwarded = process.argv.slice(2);
if (forwarded[0] === '--') forwarded.shift();

const child = spawn(electron, [root, ...forwarded], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TIMELINE_SQLITE_BINDING: binding, ELECTRON_RUN_AS_NODE: undefined },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
