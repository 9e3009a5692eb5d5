/**
 * Option parsing shared by the commands, on Node's parseArgs, with errors as UsageError.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { isIsoDate } from '../common/dates';
import { UsageError } from './usage';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; unknown options and missing values are usage errors. */
export function parseCommand<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error));
  }
}

/** A `YYYY-MM-DD` option value, checked to be a real date. */
export function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!isIsoDate(value)) throw new UsageError(`--${name} must be a real date as YYYY-MM-DD, not "${value}"`);
  return value;
}

/** An integer option value within bounds. */
export function integerOption(
  name: string,
  value: string | undefined,
  min: number,
  max: number,
): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min || number > max) {
    throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not "${value}"`);
  }
  return number;
}

/** One of a fixed set of values. */
export function choiceOption<C extends string>(
  name: string,
  value: string | undefined,
  choices: readonly C[],
): C | undefined {
  if (value === undefined) return undefined;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} must be one of ${choices.join(', ')}, not "${value}"`);
  }
  return value as C;
}
