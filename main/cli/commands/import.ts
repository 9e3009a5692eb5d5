/**
 * `import PATH... [--published YYYY-MM-DD] [--json]`
 */
import type { ImportSummary } from '../../common/api';
import { importPaths } from '../../import/pipeline';
import { openCommandDatabase, type CliContext } from '../context';
import { dateOption, parseCommand } from '../options';
import { UsageError } from '../usage';

/** Exit code: 0 when every file was imported, 2 when some failed. */
export async function importCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    published: { type: 'string' },
    json: { type: 'boolean', default: false },
  });
  if (positionals.length === 0) throw new UsageError('import needs at least one file or folder');
  const published = dateOption('published', values.published);
  const { db } = await openCommandDatabase(context);
  try {
    const summary = await importPaths(db, positionals, {
      ...(published ? { published } : {}),
      onProgress: context.stderr.isTTY
        ? ({ done, total, current }) => context.stderr.write(`\r\u001b[K${done}/${total} ${current}`)
        : undefined,
    });
    if (context.stderr.isTTY) context.stderr.write('\r\u001b[K');
    context.stdout.write(values.json ? `${JSON.stringify(summary, null, 2)}\n` : describeSummary(summary));
    return summary.failures.length > 0 ? 2 : 0;
  } finally {
    db.close();
  }
}

/** The summary in words, one failure per line. */
export function describeSummary(summary: ImportSummary): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  const lines = [
    `Imported ${plural(summary.added, 'article')}: ${plural(summary.mentions, 'dated sentence')}, ${plural(summary.events, 'new event')}; ${plural(summary.duplicates, 'duplicate')} skipped; ${plural(summary.failures.length, 'failure')}.`,
    ...summary.failures.map((failure) => `  failed: ${failure.file}: ${failure.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}
