/**
 * Regex fragments shared by the rules, built from the lexicon. Longer alternatives come first so the
 * regex engine prefers "September" to "Sep".
 */
import { MONTHS, PARTS_OF_DAY, SEASONS, UNITS, WEEKDAYS } from './lexicon';
import { parseNumber } from './numbers';

function alternation(words: string[]): string {
  return [...words].sort((a, b) => b.length - a.length).join('|');
}

/** Full names, or abbreviations with an optional dot (a full name's dot ends the sentence). */
function namesAndAbbreviations(words: string[]): string {
  const full = words.filter((w) => w.length > 4 || w === 'june' || w === 'july' || w === 'may');
  const short = words.filter((w) => !full.includes(w));
  return `(?:${alternation(full)}|(?:${alternation(short)})\\.?)`;
}

/** A month name or abbreviation. */
export const MONTH = namesAndAbbreviations(Object.keys(MONTHS));
/** A weekday name or abbreviation. */
export const WEEKDAY = namesAndAbbreviations(Object.keys(WEEKDAYS));
export const SEASON = `(?:${alternation(Object.keys(SEASONS))})`;
export const PART_OF_DAY = `(?:${alternation(Object.keys(PARTS_OF_DAY))})`;
/** A unit of time, singular or plural ("year", "years", "centuries"). */
export const UNIT = `(?:${alternation(Object.keys(UNITS))})s?`;
/** A day of the month: "7", "07", "7th". */
export const DAY_NUM = `(?:[0-3]?\\d)(?:st|nd|rd|th)?`;
/** A four-digit year in the range the tagger accepts. */
// From 1000: Magna Carta's 1215 is a year too. Bare years before 1500 need a preposition (rules-absolute).
export const YEAR4 = `(?:1\\d\\d\\d|20\\d\\d)`;
const TENS_WORDS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const TEEN_WORDS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
/** A year spoken in words, as broadcast transcripts write it: "nineteen ninety-four". */
export const YEAR_WORDS = `(?:(?:eighteen|nineteen) (?:(?:${TENS_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|${TEEN_WORDS}))`;
/** A year in digits or in words. */
export const YEAR_ANY = `(?:${YEAR4}|${YEAR_WORDS})`;

/** The number of a year matched by {@link YEAR_ANY}, or null. */
export function yearNumber(raw: string): number | null {
  if (/^\d{4}$/.test(raw)) return Number(raw);
  const m = /^(eighteen|nineteen)\s+(.+)$/i.exec(raw.trim());
  if (!m) return null;
  const rest = parseNumber(m[2] ?? '');
  if (rest === null || rest > 99) return null;
  return ((m[1] ?? '').toLowerCase() === 'eighteen' ? 1800 : 1900) + rest;
}

/** A comma between parts of a date, written or tokenized ("July 7, 2018", "March 06 , 2008"). */
// Spaces and at most one line break: a headline's weekday does not run into the dateline below it.
export const COMMA = `(?:[ \\t]*,?[ \\t]*\\n?[ \\t]*(?<=[,\\s]))`;

/** The month number of a matched month word ("Sept." → 9). */
export function monthNumber(word: string): number | undefined {
  return MONTHS[word.toLowerCase().replace(/\.$/, '')];
}

/** The ISO weekday of a matched weekday word. */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAYS[word.toLowerCase().replace(/\.$/, '')];
}

/** Singular lower-case unit word ("Centuries" → "centurie", mapped in UNITS). */
export function unitKey(word: string): string {
  const lower = word.toLowerCase();
  return lower in UNITS ? lower : lower.replace(/s$/, '');
}
