/**
 * `serve [--port N]`: the app in a local browser, over HTTP on 127.0.0.1 with a per-run token.
 */
import fs from 'node:fs';
import path from 'node:path';
import { APP_VERSION } from '../../app-info';
import { startServer } from '../../server';
import { createTimelineService } from '../../service';
import { openCommandDatabase, type CliContext } from '../context';
import { integerOption, parseCommand } from '../options';
import { UsageError } from '../usage';

/** The built renderer (npm run build): from the sources (main/cli/commands) or the bundle (dist/cli). */
export function rendererDirectory(): string {
  const candidates = [
    path.resolve(__dirname, '..', '..', '..', 'dist', 'renderer'),
    path.resolve(__dirname, '..', 'renderer'),
  ];
  const found = candidates.find((candidate) => fs.existsSync(path.join(candidate, 'index.html')));
  if (!found) throw new Error('The app is not built yet: run "npm run build" first.');
  return found;
}

export async function serveCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, { port: { type: 'string' } });
  if (positionals.length > 0) throw new UsageError(`serve takes no arguments (got "${positionals[0]}")`);
  const port = integerOption('port', values.port, 0, 65_535) ?? 0;
  const { db, path: databasePath } = await openCommandDatabase(context);
  const service = createTimelineService({ db, databasePath, version: APP_VERSION });
  const server = await startServer({ service, port, rendererDir: rendererDirectory() });
  context.stdout.write(`${server.url}\n`);
  context.stderr.write(
    `Serving ${databasePath} on 127.0.0.1:${server.port}. Open the URL above; Ctrl+C stops.\n`,
  );
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await server.close();
  service.dispose();
  db.close();
  return 0;
}
