/**
 * Publication date from the article text itself, for articles that come without metadata (pasted
 * text, plain files). Looks, in order of trust, at "Published …" lines, datelines, bylines,
 * "Updated …" lines, then at the full dates the top of the text and signature lines give.
 */
import { isIsoDate } from '../common/dates';

export interface InferredPublication {
  /** `YYYY-MM-DD`. */
  date: string;
  source: 'dateline' | 'byline' | 'text';
  /** The line or phrase the date was read from. */
  evidence: string;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?`;
const WEEKDAY = String.raw`(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)?`;
/** A full date: "July 7, 2018", "7 July 2018", "2018-07-07", "07/07/2018" (US order). */
const FULL_DATE = String.raw`${WEEKDAY}(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+${MONTH},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})`;

const PUBLISHED_LINE = new RegExp(
  String.raw`^\s*(?:Published|Posted|First published|Date)(?:\s+on)?\s*:?\s*(${FULL_DATE})`,
  'im',
);
const DATELINE = new RegExp(
  String.raw`^\s*[A-Z][A-Z.'’ -]*[A-Z](?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?(?:\s*\([^)\n]{1,40}\))?,?\s*(?:(?:—|–|--|-)\s*)?(${FULL_DATE})`,
  'm',
);
const BYLINE = new RegExp(
  String.raw`^\s*By\s+[^\n]{1,80}?(?:\||·|•|,|—|–|-)\s*(?:Published:?\s*|Updated:?\s*)?(${FULL_DATE})`,
  'im',
);
const UPDATED_LINE = new RegExp(
  String.raw`^\s*(?:Updated|Last updated|Modified)(?:\s+on)?\s*:?\s*(${FULL_DATE})`,
  'im',
);
const ANY_FULL_DATE = new RegExp(FULL_DATE, 'g');

/** How far into the text "near the top" reaches, in characters. */
const TOP_OF_TEXT = 600;

/** Parses one full date (see `FULL_DATE`) to `YYYY-MM-DD`, or null when it is not a real date. */
export function parseFullDate(text: string): string | null {
  const cleaned = text.replace(new RegExp(`^${WEEKDAY}`), '').trim();
  let year: number, month: number | undefined, day: number;
  let match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(cleaned);
  if (match) return isIsoDate(cleaned) ? cleaned : null;
  if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(cleaned))) {
    [month, day, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(cleaned))) {
    [month, day, year] = [MONTHS[(match[1] as string).toLowerCase()], Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(cleaned))) {
    [day, month, year] = [Number(match[1]), MONTHS[(match[2] as string).toLowerCase()], Number(match[3])];
  } else {
    return null;
  }
  if (month === undefined) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : null;
}

function lineAround(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  const end = text.indexOf('\n', index);
  return text.slice(start, end === -1 ? undefined : end).trim();
}

function fromPattern(
  text: string,
  pattern: RegExp,
  source: InferredPublication['source'],
): InferredPublication | null {
  const match = pattern.exec(text);
  if (!match || match[1] === undefined) return null;
  const date = parseFullDate(match[1]);
  return date ? { date, source, evidence: lineAround(text, match.index + match[0].length - 1) } : null;
}

/**
 * Infers when an article was published from its own text, or null when it gives no usable date.
 * A "Published" line beats a dateline, which beats a byline, which beats an "Updated" line; failing
 * all of them, the latest full date near the top of the text or on a signature line ("— July 7,
 * 2018" under an embedded post) is taken, with source `text`.
 */
export function inferPublicationDate(text: string): InferredPublication | null {
  return (
    fromPattern(text, PUBLISHED_LINE, 'byline') ??
    fromPattern(text.slice(0, TOP_OF_TEXT * 2), DATELINE, 'dateline') ??
    fromPattern(text, BYLINE, 'byline') ??
    fromPattern(text, UPDATED_LINE, 'byline') ??
    fromTextDates(text)
  );
}

function fromTextDates(text: string): InferredPublication | null {
  let best: InferredPublication | null = null;
  for (const match of text.matchAll(ANY_FULL_DATE)) {
    const index = match.index;
    const line = lineAround(text, index);
    // A signature line starts with a dash and ends with the date: the date the post was made.
    const signature = /^\s*(?:—|–|--|-)/.test(line) && line.trimEnd().endsWith(match[0].trim());
    if (index > TOP_OF_TEXT && !signature) continue;
    const date = parseFullDate(match[0]);
    if (date && (!best || date > best.date)) best = { date, source: 'text', evidence: line };
  }
  return best;
}
