/**
 * Outlet and author from the lines under a plain-text headline: bylines such as
 * "By Ana Ruiz | Pacific Wire | June 13, 2018" and datelines such as "TOKYO, July 8, 2018 (The Harbor Ledger) —".
 */
import { parseFullDate } from '../../extract/published';
import { cleanLine } from '../clean-text';

export interface BylineInfo {
  author: string | null;
  source: string | null;
}

const BYLINE_START = /^\s*By\s+/i;
const SEPARATORS = /\s*(?:\||·|•|—|–)\s*/;
const DATELINE_SOURCE = /^[A-Z][A-Z.'’ -]+(?:,[^(\n—]{0,40})?\s*\(([^)\n]{2,60})\)\s*(?:—|–|--|-)/;
// Wire-service tags in datelines name an agency, not the outlet the article appeared in, only when the
// article says nothing else; they are still the best source a plain file gives.

/** Whether a line is a byline ("By …"). */
export function isBylineLine(line: string): boolean {
  return BYLINE_START.test(line) && line.length < 200;
}

/** Author and outlet from a byline line. */
export function parseBylineLine(line: string): BylineInfo {
  const parts = line
    .replace(BYLINE_START, '')
    .split(SEPARATORS)
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  const [author, ...rest] = parts;
  const source = rest.find((part) => parseFullDate(part) === null && !/^(?:updated|published)\b/i.test(part));
  return { author: cleanLine(author?.replace(/\s+and\s+/i, ' and ')), source: cleanLine(source) };
}

/** The outlet a dateline names in parentheses, if any. */
export function datelineSource(paragraph: string): string | null {
  const match = DATELINE_SOURCE.exec(paragraph);
  return cleanLine(match?.[1]);
}
