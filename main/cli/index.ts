/**
 * The command line: `timeline-explorer [--db FILE] COMMAND …`. stdout carries only the command's
 * output; messages go to stderr. Exit codes: 0 ok, 1 usage error or failure, 2 partial import.
 */
import type { CliContext } from './context';
import { UsageError, USAGE } from './usage';

type Command = (args: string[], context: CliContext) => Promise<number>;

// Loaded on demand: `tag` should not pay for jsdom, nor `import` for the HTTP server.
const COMMANDS: Record<string, () => Promise<Command>> = {
  import: async () => (await import('./commands/import')).importCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  tag: async () => (await import('./commands/tag')).tagCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  serve: async () => (await import('./commands/serve')).serveCommand,
};

/** Splits `--db FILE` (anywhere on the line) from the rest. */
export function takeDbOption(argv: string[]): { dbPath: string | null; rest: string[] } {
  const rest: string[] = [];
  let dbPath: string | null = null;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] as string;
    if (arg === '--db' || arg.startsWith('--db=')) {
      const value = arg === '--db' ? argv[(index += 1)] : arg.slice('--db='.length);
      if (!value) throw new UsageError('--db needs a file name');
      dbPath = value;
    } else {
      rest.push(arg);
    }
  }
  return { dbPath, rest };
}

/** Runs one command line and returns its exit code; never throws. */
export async function runCli(argv: string[], io: Omit<CliContext, 'dbPath'>): Promise<number> {
  try {
    const { dbPath, rest } = takeDbOption(argv);
    const [command, ...args] = rest;
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      (command ? io.stdout : io.stderr).write(USAGE);
      return command ? 0 : 1;
    }
    const load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined;
    if (!load) throw new UsageError(`unknown command "${command}"`);
    return await (
      await load()
    )(args, { ...io, dbPath });
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`timeline-explorer: ${error.message}\nRun "timeline-explorer --help" for usage.\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    io.stderr.write(`timeline-explorer: ${message}\n`);
    if (process.env.TIMELINE_DEBUG) console.error(error);
    return 1;
  }
}

if (require.main === module) {
  void runCli(process.argv.slice(2), {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
  }).then((code) => {
    process.exitCode = code;
  });
}
