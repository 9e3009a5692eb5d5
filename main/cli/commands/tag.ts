/**
 * `tag --dct YYYY-MM-DD [FILE]` and `tag --jsonl`: the temporal tagger on its own, for scripts
 * and evaluation.
 */
import fs from 'node:fs';
import readline from 'node:readline';
import { isIsoDate } from '../../common/dates';
import type { Timex } from '../../common/model';
import { tagTimexes } from '../../extract/timex';
import { looksBinary } from '../../import/decode';
import type { CliContext } from '../context';
import { dateOption, parseCommand } from '../options';
import { UsageError } from '../usage';

/** The JSON shape of one timex: TIMEX3 type, value and mod (null when none). */
export function timexJson(timex: Timex) {
  return {
    start: timex.start,
    end: timex.end,
    text: timex.text,
    type: timex.type,
    value: timex.value,
    mod: timex.mod ?? null,
  };
}

export async function tagCommand(args: string[], context: CliContext): Promise<number> {
  const { values, positionals } = parseCommand(args, {
    dct: { type: 'string' },
    jsonl: { type: 'boolean', default: false },
  });
  if (values.jsonl) {
    if (values.dct || positionals.length > 0)
      throw new UsageError('tag --jsonl reads every input, with its dct, from stdin');
    return tagJsonLines(context);
  }
  const dct = dateOption('dct', values.dct);
  if (!dct) throw new UsageError('tag needs --dct YYYY-MM-DD (the date the text was written) or --jsonl');
  if (positionals.length > 1) throw new UsageError('tag reads one file (or stdin)');
  const file = positionals[0];
  const text = textOf(
    file ? readFileBytes(file) : await readAll(context.stdin),
    file ?? 'the standard input',
  );
  context.stdout.write(`${JSON.stringify(tagTimexes(text, dct).map(timexJson), null, 2)}\n`);
  return 0;
}

/** One output line per input line; a bad line gets an `error` and exit code 2 at the end. */
async function tagJsonLines(context: CliContext): Promise<number> {
  let failed = false;
  const lines = readline.createInterface({ input: context.stdin, crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number += 1;
    if (line.trim() === '') continue;
    let id: unknown = null;
    try {
      const input = JSON.parse(line) as { id?: unknown; text?: unknown; dct?: unknown };
      id = input.id ?? null;
      if (typeof input.text !== 'string') throw new Error('"text" must be a string');
      if (typeof input.dct !== 'string' || !isIsoDate(input.dct.slice(0, 10))) {
        throw new Error('"dct" must be a date as YYYY-MM-DD');
      }
      const timexes = tagTimexes(input.text, input.dct).map(timexJson);
      context.stdout.write(`${JSON.stringify({ id, timexes })}\n`);
    } catch (error) {
      failed = true;
      const reason =
        error instanceof SyntaxError
          ? 'not valid JSON'
          : error instanceof Error
            ? error.message
            : String(error);
      context.stdout.write(`${JSON.stringify({ id, timexes: [], error: `line ${number}: ${reason}` })}\n`);
    }
  }
  return failed ? 2 : 0;
}

/**
 * The text to tag. A binary is refused rather than tagged as noise. Bytes that are not UTF-8 are
 * read as Windows-1252 (older saves), one character per byte, so the offsets still count
 * characters; a UTF-8 byte-order mark stays in the text, and in the offsets, as it always has.
 */
function textOf(bytes: Buffer, name: string): string {
  if (looksBinary(bytes)) throw new UsageError(`${name} is binary, not text: nothing to tag`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

function readFileBytes(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}
