#!/usr/bin/env node
// The installed command: the bundled CLI that `npm install` (prepare) or `npm run build` writes.
const path = require('node:path');
const fs = require('node:fs');

const bundle = path.join(__dirname, '..', 'dist', 'cli', 'index.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('timeline-explorer: the command line is not built yet; run "npm run build" first.\n');
  process.exit(1);
}
const { runCli } = require(bundle);
runCli(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
);
