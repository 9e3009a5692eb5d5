/**
 * Month names that are people's names: "By April Kang and Jack Kim", "said Marla April", "June
 * Carter"; and one that opens an organisation's name, "the March of Dimes". A month standing alone is read as a person when a capitalized name sits right before it
 * or right after it, unless a word that introduces dates leads it in ("In April North Korea …").
 */
import { MONTH, WEEKDAY } from './patterns';

/** Capitalized words that may come right before a month that is a date. */
const LEADS_A_DATE = new Set(
  `in on at by since until till through throughout during from to before after between of and or but
  early late mid last next this that each every around about circa come only even then also not the
  a as for per than`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words that introduce a date: after them, a month followed by a name is still a month, and "May"
 * is the month rather than the modal verb or a surname.
 */
export const INTRODUCES_A_DATE =
  /\b(?:in|since|until|till|through|during|early|late|mid|of|from|to|and|before|after|last|next|by)\s+$/i;

const CALENDAR_WORD = new RegExp(`^(?:${MONTH}|${WEEKDAY})$`, 'i');
const NAME_BEFORE = /(?:^|[^\w.])([A-Z][a-z]+)\s+$/;
const NAME_AFTER = /^\s+([A-Z][a-z]+)\b/;
// In a byline or credit, a name ends at "and", a comma, a semicolon, a bracket or the line's end.
const END_OF_NAME = /^\s+[A-Z][a-z]+(?:\s+and\b|\s*[,;)]|\s*$|\s*\n)/;

/** Whether the month word at text[start, end) is a person's given name or surname, or opens a name. */
export function monthIsPersonName(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 40);
  // "the March of Dimes": a month "of" a capitalized word is a name ("March of 2017" is a date).
  if (/^ of [A-Z][a-z]/.test(after)) return true;
  const previous = NAME_BEFORE.exec(before);
  const word = previous?.[1];
  if (word !== undefined && !LEADS_A_DATE.has(word.toLowerCase()) && !CALENDAR_WORD.test(word)) {
    // A capitalized word opening a sentence says nothing about names ("Rains April …" is rare,
    // but "Sales" or "Analysts" could be anything): only one inside a sentence counts.
    const rest = before.slice(0, (previous?.index ?? 0) + 1).trimEnd();
    if (rest !== '' && !/[.!?:\n"“]$/.test(rest)) return true;
  }
  const next = NAME_AFTER.exec(after)?.[1];
  if (next === undefined || CALENDAR_WORD.test(next)) return false;
  const introduced = INTRODUCES_A_DATE.exec(before);
  if (introduced === null) return true;
  // "By April Kang and Jack Kim" and "Reporting by April Kang;": a byline, not a deadline.
  return /^by\s+$/i.test(introduced[0]) && END_OF_NAME.test(after);
}
