// Ensures a better-sqlite3 addon built for Electron's ABI at
// .cache/electron-native/<electron version>-<platform>-<arch>/better_sqlite3.node, without touching
// node_modules/better-sqlite3 (whose Node build `npm test` and the command line keep using).
// Tries the prebuilt download first, then a source build against Electron's headers; both need the
// network (GitHub, electronjs.org) the first time.
//
// Usage: node scripts/electron-native.mjs [--force] [--arch x64|arm64]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronPackage } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Where the addon for one Electron version and platform lives. */
export function nativeCachePath(version, platform = process.platform, arch = process.arch) {
  return join(root, '.cache', 'electron-native', `${version}-${platform}-${arch}`, 'better_sqlite3.node');
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, npm_config_build_from_source: '' },
  });
  return result.status === 0;
}

/**
 * Returns the addon's path, building it when missing. Throws a one-line error when neither the
 * prebuilt download nor the source build works (typically: no network).
 */
export function ensureElectronNative({ force = false, arch = process.arch, quiet = false } = {}) {
  const { version } = electronPackage();
  const target = nativeCachePath(version, process.platform, arch);
  if (existsSync(target) && !force) {
    if (!quiet) console.log(`electron-native: ${relative(root, target)} (cached)`);
    return target;
  }
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'timeline-electron-native-'));
  try {
    // A private copy without build/: the prebuilt or the compiler writes there, never in node_modules.
    const copy = join(work, 'better-sqlite3');
    cpSync(source, copy, {
      recursive: true,
      filter: (path) => relative(source, path).split(/[\\/]/)[0] !== 'build',
    });
    const built = join(copy, 'build', 'Release', 'better_sqlite3.node');
    const prebuildInstall = require.resolve('prebuild-install/bin.js');
    const nodeGyp = require.resolve('node-gyp/bin/node-gyp.js');
    console.log(
      `electron-native: fetching better-sqlite3 for Electron ${version} (${process.platform}-${arch})…`,
    );
    const ok =
      run(
        process.execPath,
        [
          prebuildInstall,
          '--runtime',
          'electron',
          '--target',
          version,
          '--arch',
          arch,
          '--platform',
          process.platform,
          '--verbose',
        ],
        copy,
      ) ||
      (console.log('electron-native: no prebuilt binary; building from source against Electron headers…'),
      run(
        process.execPath,
        [
          nodeGyp,
          'rebuild',
          '--release',
          '--runtime=electron',
          `--target=${version}`,
          `--arch=${arch}`,
          '--dist-url=https://electronjs.org/headers',
        ],
        copy,
      ));
    if (!ok || !existsSync(built)) {
      throw new Error(
        `could not get better-sqlite3 for Electron ${version}: both the prebuilt download (GitHub) and the source build (Electron headers from electronjs.org) need network access`,
      );
    }
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
    console.log(`electron-native: wrote ${relative(root, target)}`);
    return target;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const archIndex = args.indexOf('--arch');
  try {
    ensureElectronNative({
      force: args.includes('--force'),
      arch: archIndex >= 0 ? args[archIndex + 1] : process.arch,
    });
  } catch (error) {
    console.error(`electron-native: ${error.message}`);
    process.exit(1);
  }
}

/**
 * What `npm start` and `npm run dist` both need first: a fresh build and the Electron-ABI
 * better-sqlite3. Returns the binary's path; calls `fail(message)` on either failure.
 */
export function buildForElectron(fail) {
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
  if (build.status !== 0) fail('the build failed (see above)');
  try {
    return ensureElectronNative();
  } catch (error) {
    return fail(error.message);
  }
}
