/**
 * Shorthands for the tagger's tests: the expressions of a sentence as text, type and value.
 */
import { tagTimexes } from './index';

export interface TaggedShort {
  text: string;
  type: string;
  value: string;
}

/** Every expression found in `text`, written against `dct`. */
export function tagShort(text: string, dct: string): TaggedShort[] {
  return tagTimexes(text, dct).map((t) => ({ text: t.text, type: t.type, value: t.value }));
}

/** The one expression found in `text`; throws (failing the test) when there are none or several. */
export function onlyTimex(text: string, dct: string): TaggedShort {
  const found = tagShort(text, dct);
  if (found.length !== 1) throw new Error(`expected one timex in "${text}", got ${JSON.stringify(found)}`);
  return found[0] as TaggedShort;
}
