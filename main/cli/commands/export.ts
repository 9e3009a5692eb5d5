/**
 * `export --format FORMAT [--out FILE] [--from DATE] [--to DATE] [image options]`
 */
import fs from 'node:fs';
import { EXPORT_FORMATS, type ExportFormat } from '../../export/types';
import { APP_VERSION } from '../../app-info';
import { renderExport } from '../../service/export-image';
import { openCommandDatabase, type CliContext } from '../context';
import { choiceOption, dateOption, integerOption, parseCommand } from '../options';
import { UsageError } from '../usage';

const IMAGE_FORMATS = ['svg', 'png', 'pdf'] as const;

export async function exportCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    format: { type: 'string' },
    out: { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    lanes: { type: 'string' },
    width: { type: 'string' },
    scale: { type: 'string' },
    theme: { type: 'string' },
    title: { type: 'string' },
  });
  if (positionals.length > 0)
    throw new UsageError(`export takes no file arguments (got "${positionals[0]}"); use --out`);
  const format = choiceOption<ExportFormat>(
    'format',
    values.format ?? 'json',
    EXPORT_FORMATS,
  ) as ExportFormat;
  const from = dateOption('from', values.from);
  const to = dateOption('to', values.to);
  if (from && to && from > to) throw new UsageError('--from must not be after --to');
  const image = (IMAGE_FORMATS as readonly string[]).includes(format);
  const lanes = choiceOption('lanes', values.lanes, ['none', 'status', 'actor', 'source'] as const);
  const width = integerOption('width', values.width, 320, 10_000);
  const scale = integerOption('scale', values.scale, 1, 3) as 1 | 2 | 3 | undefined;
  const theme = choiceOption('theme', values.theme, ['light', 'dark'] as const);
  if (!image && (lanes || width || scale || theme || values.title)) {
    throw new UsageError(
      `--lanes, --width, --scale, --theme and --title apply to svg, png and pdf, not ${format}`,
    );
  }
  if (!values.out && (format === 'png' || format === 'pdf') && context.stdout.isTTY) {
    throw new UsageError(`a ${format} is binary: give --out FILE or redirect the output`);
  }

  const { db } = await openCommandDatabase(context);
  try {
    const file = await renderExport(
      db,
      {
        format,
        ...(from ? { from } : {}),
        ...(to ? { to } : {}),
        ...(lanes ? { lanes } : {}),
        ...(width ? { width } : {}),
        ...(scale ? { scale } : {}),
        ...(theme ? { theme } : {}),
        ...(values.title ? { title: values.title } : {}),
      },
      { version: APP_VERSION, today: new Date().toISOString().slice(0, 10) },
    );
    const bytes = Buffer.from(file.data, 'base64');
    if (values.out) {
      writeAtomically(values.out, bytes);
      context.stderr.write(`Wrote ${values.out}\n`);
    } else {
      context.stdout.write(bytes);
    }
    return 0;
  } finally {
    db.close();
  }
}

/** Writes beside the target and renames, so a failed export never leaves half a file. */
function writeAtomically(file: string, data: Uint8Array | string): void {
  const temporary = `${file}.${process.pid}.partial`;
  try {
    fs.writeFileSync(temporary, data);
    fs.renameSync(temporary, file);
  } catch (error) {
    fs.rmSync(temporary, { force: true });
    throw new UsageError(`cannot write ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
