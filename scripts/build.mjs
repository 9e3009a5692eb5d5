// Builds everything that runs outside a TypeScript loader: the renderer (Vite), the Electron
// main process and preload, and the command line bundle behind the `timeline-explorer` bin.
// Runs on `npm install` (prepare), `npm run build`, `npm test` and `npm start`.
import { build as esbuild } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const quiet = process.argv.includes('--quiet');
const log = (message) => quiet || console.error(message);

async function buildRenderer() {
  const config = path.join(root, 'renderer', 'vite.config.mts');
  if (!fs.existsSync(config)) throw new Error('renderer/vite.config.mts is missing');
  const { build } = await import('vite');
  await build({ configFile: config, logLevel: quiet ? 'error' : 'warn' });
}

async function buildNode() {
  const common = {
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // Dependencies stay in node_modules: native modules and fonts must be found at run time.
    packages: 'external',
    sourcemap: true,
    logLevel: 'warning',
  };
  const entries = [
    { in: 'main/electron/main.ts', out: 'dist/electron/main.cjs' },
    { in: 'main/electron/preload.ts', out: 'dist/electron/preload.cjs' },
    { in: 'main/cli/index.ts', out: 'dist/cli/index.cjs' },
  ].filter((entry) => fs.existsSync(path.join(root, entry.in)));
  await Promise.all(
    entries.map((entry) =>
      esbuild({
        ...common,
        entryPoints: [path.join(root, entry.in)],
        outfile: path.join(root, entry.out),
        // The preload runs sandboxed: everything but electron must be inside it.
        ...(entry.in.endsWith('preload.ts') ? { packages: undefined, external: ['electron'] } : {}),
      }),
    ),
  );
  // Migrations are SQL files read at run time; each bundle gets a copy beside it.
  for (const folder of ['dist/electron', 'dist/cli']) {
    fs.cpSync(path.join(root, 'db', 'migrations'), path.join(root, folder, 'migrations'), {
      recursive: true,
    });
  }
}

const started = Date.now();
await Promise.all([buildRenderer(), buildNode()]);
log(`built renderer, Electron main and preload, and the CLI in ${Date.now() - started} ms`);
