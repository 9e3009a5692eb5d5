/**
 * Cardinal numbers written in digits or words ("25", "twenty-five", "a hundred", "2 1/2"), as a regex
 * fragment and a parser. The parser returns null for what is not a number.
 */
import { SMALL_NUMBERS } from './lexicon';

const WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|dozen';

/** A number in words: "two", "twenty-five", "twenty five", "one hundred", "a hundred". */
export const NUMBER_WORDS = `(?:(?:(?:a|an|one) (?:hundred|thousand|dozen))|(?:${WORD})(?:[- ](?:and )?(?:${WORD}))*)`;

/** Digits, with an optional decimal or fraction part: "25", "1.5", "2 1/2", "1,000". */
export const NUMBER_DIGITS = `(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?(?: \\d/\\d)?|\\d/\\d)`;

/** Any cardinal, including the article "a"/"an" meaning one. */
export const NUMBER = `(?:${NUMBER_DIGITS}|${NUMBER_WORDS}|an?)`;

/** Parses a number matched by {@link NUMBER}; fractions are kept ("2 1/2" → 2.5). */
export function parseNumber(raw: string): number | null {
  const text = raw.toLowerCase().trim();
  if (/^[\d.,]+(?: \d\/\d)?$|^\d\/\d$/.test(text)) {
    let value = 0;
    for (const part of text.split(' ')) {
      const frac = /^(\d)\/(\d)$/.exec(part);
      value += frac ? Number(frac[1]) / Number(frac[2]) : Number(part.replace(/,/g, ''));
    }
    return Number.isFinite(value) ? value : null;
  }
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of text.split(/[\s-]+/)) {
    if (word === 'and') continue;
    const n = SMALL_NUMBERS[word];
    if (n === undefined) return null;
    seen = true;
    if (n === 100) current = (current || 1) * 100;
    else if (n === 1000) {
      total += (current || 1) * 1000;
      current = 0;
    } else current += n;
  }
  return seen ? total + current : null;
}
