/**
 * The shell's own command-line options, read from an argv that also carries Electron's and
 * Chromium's (`electron . --db FILE`, or `"Timeline Explorer" --db=FILE` when packaged).
 */
import { resolve } from 'node:path';

export interface ShellArguments {
  /** Database file chosen with `--db FILE`, resolved against the working directory. */
  databasePath?: string;
}

/** Reads `--db FILE` or `--db=FILE`; the last one wins. */
export function parseShellArguments(argv: readonly string[], cwd: string = process.cwd()): ShellArguments {
  let databasePath: string | undefined;
  for (let index = 0; index < argv.length; index++) {
    const argument = argv[index] ?? '';
    if (argument === '--db') {
      const next = argv[index + 1];
      if (next !== undefined && !next.startsWith('--')) {
        databasePath = resolve(cwd, next);
        index++;
      }
    } else if (argument.startsWith('--db=') && argument.length > '--db='.length) {
      databasePath = resolve(cwd, argument.slice('--db='.length));
    }
  }
  return databasePath === undefined ? {} : { databasePath };
}
