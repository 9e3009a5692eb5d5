/**
 * Sentence splitting for news text. Offsets point into the original text so every event can cite
 * its exact source sentence. Rule-based on purpose: news prose is regular, and the failure modes
 * worth guarding against are known (abbreviations, initials, quotes, datelines, bylines).
 */

/** A sentence (or a line that stands alone, like a byline), trimmed, with offsets in the text. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
  /** True for a dateline cut off the start of a paragraph ("SINGAPORE (Reuters) —"). */
  dateline?: boolean;
}

// Abbreviations after which a period never ends a sentence: titles and month names before a name
// or a number.
const TITLE_ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cmdr',
  'adm',
  'sgt',
  'cpl',
  'pvt',
  'sen',
  'rep',
  'gov',
  'amb',
  'pres',
  'rev',
  'hon',
  'st',
  'mt',
  'ft',
  'no',
  'vs',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'approx',
  'dept',
  'est',
  'fig',
  'vol',
]);

// Abbreviations that may also close a sentence ("… talks with the U.S. The meeting …"): they end
// one only when the next word is a typical sentence opener.
const CLOSING_ABBREVIATIONS = new Set([
  'u.s',
  'u.n',
  'u.k',
  'e.u',
  'a.m',
  'p.m',
  'inc',
  'corp',
  'co',
  'ltd',
  'jr',
  'sr',
  'etc',
  'd.c',
]);

const SENTENCE_OPENERS = new Set([
  'the',
  'a',
  'an',
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'in',
  'on',
  'at',
  'after',
  'before',
  'when',
  'while',
  'this',
  'that',
  'these',
  'those',
  'there',
  'his',
  'her',
  'their',
  'its',
  'our',
  'as',
  'for',
  'if',
  'however',
  'meanwhile',
  'still',
  'since',
  'during',
  'officials',
  'no',
  'not',
  'some',
  'many',
  'both',
  'one',
  'last',
  'next',
  'earlier',
  'later',
]);

const DATELINE = new RegExp(
  // "SINGAPORE (Reuters) — ", "SEOUL, South Korea — ", "SEOUL, July 7, 2018 — ", "WASHINGTON -- "
  String.raw`^[A-Z][A-Z.'’ -]*[A-Z]` +
    String.raw`(?:,\s*[A-Z][A-Za-z.]*(?:\s+[A-Z][A-Za-z.]*){0,2})?` +
    // The agency and the date come in either order: "SEOUL (AP) July 7 —", "TOKYO, July 8, 2018 (Ledger) —".
    String.raw`(?:\s*\([^)\n]{1,40}\))?` +
    String.raw`(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Z][a-z]{2,8}\.?(?:\s+\d{4})?))?` +
    String.raw`(?:\s*\([^)\n]{1,40}\))?` +
    String.raw`\s*(?:—|–|--|-)\s+`,
);

/** Splits text into sentences with trimmed offsets into `text`. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  for (const [blockStart, blockEnd] of blocks(text)) {
    let cursor = blockStart;
    const dateline = DATELINE.exec(text.slice(blockStart, blockEnd));
    if (dateline && /[A-Z]{3}/.test(dateline[0])) {
      push(sentences, text, blockStart, blockStart + dateline[0].length, true);
      cursor = blockStart + dateline[0].length;
    }
    for (let i = cursor; i < blockEnd; i++) {
      const char = text[i] as string;
      if (char !== '.' && char !== '!' && char !== '?') continue;
      let close = i + 1;
      while (close < blockEnd && /["'”’)\]]/.test(text[close] as string)) close++;
      if (close < blockEnd && !/\s/.test(text[close] as string)) continue;
      let next = close;
      while (next < blockEnd && /\s/.test(text[next] as string)) next++;
      if (next >= blockEnd) break;
      if (char === '.' && !endsSentence(text, cursor, i, next)) continue;
      if (!/["“'‘(\[A-Z0-9]/.test(text[next] as string)) continue;
      push(sentences, text, cursor, close, false);
      cursor = next;
      i = next - 1;
    }
    push(sentences, text, cursor, blockEnd, false);
  }
  return sentences;
}

function endsSentence(text: string, from: number, period: number, next: number): boolean {
  const before = text.slice(from, period);
  const token = (/([A-Za-z][A-Za-z.]*)$/.exec(before)?.[1] ?? '').toLowerCase();
  const nextWord = (/^["“'‘(]?([A-Za-z]+)/.exec(text.slice(next, next + 30))?.[1] ?? '').toLowerCase();
  if (/^[a-z]$/.test(token) && /[A-Z]/.test(before.slice(-1))) return false; // an initial: "Donald J. Trump"
  if (TITLE_ABBREVIATIONS.has(token)) return false;
  if (CLOSING_ABBREVIATIONS.has(token) || /^([a-z]\.)+[a-z]$/.test(token))
    return SENTENCE_OPENERS.has(nextWord);
  return true;
}

/**
 * Paragraph-like blocks: blank lines always separate; a single newline separates unless the text
 * looks hard-wrapped (a long line without final punctuation, or a next line starting in lower case).
 */
function blocks(text: string): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  const lines: Array<[number, number]> = [];
  const linePattern = /[^\n]*(?:\n|$)/g;
  for (let match = linePattern.exec(text); match && match[0] !== ''; match = linePattern.exec(text)) {
    const start = match.index;
    const end = start + match[0].replace(/\n$/, '').length;
    lines.push([start, end]);
  }
  let blockStart: number | null = null;
  let previous: [number, number] | null = null;
  for (const line of lines) {
    const content = text.slice(line[0], line[1]);
    if (content.trim() === '') {
      if (blockStart !== null && previous) result.push([blockStart, previous[1]]);
      blockStart = null;
      previous = null;
      continue;
    }
    if (blockStart !== null && previous && !continuesLine(text.slice(previous[0], previous[1]), content)) {
      result.push([blockStart, previous[1]]);
      blockStart = null;
    }
    if (blockStart === null) blockStart = line[0];
    previous = line;
  }
  if (blockStart !== null && previous) result.push([blockStart, previous[1]]);
  return result;
}

function continuesLine(previous: string, next: string): boolean {
  const trimmedNext = next.trimStart();
  if (/^[a-z]/.test(trimmedNext)) return true;
  const trimmedPrevious = previous.trimEnd();
  if (/[.!?:"”)]$/.test(trimmedPrevious)) return false;
  return trimmedPrevious.length >= 60 && !/\|/.test(trimmedPrevious);
}

/**
 * The longest stretch treated as one sentence. Real sentences stay far below it; text without
 * full stops (a table flattened to prose, a run-on transcript) would otherwise make one "sentence"
 * of a whole article, and the event extractor's work grows faster than linearly with sentence length.
 */
export const MAX_SENTENCE_LENGTH = 1_000;

function push(sentences: Sentence[], text: string, from: number, to: number, dateline: boolean): void {
  let start = from;
  let end = to;
  // Cut an overlong stretch at the last clause break (else the last space) before the limit.
  while (end - start > MAX_SENTENCE_LENGTH) {
    const window = text.slice(start, start + MAX_SENTENCE_LENGTH);
    const clause = Math.max(window.lastIndexOf('; '), window.lastIndexOf(', '));
    const space = window.lastIndexOf(' ');
    const cut = clause > MAX_SENTENCE_LENGTH / 2 ? clause + 1 : space > 0 ? space : MAX_SENTENCE_LENGTH;
    push(sentences, text, start, start + cut, dateline);
    start += cut;
    dateline = false;
  }
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (dateline) {
    // Keep the place and agency, not the dash that separates them from the story.
    while (end > start && /[\s—–-]/.test(text[end - 1] as string)) end--;
  }
  if (end <= start) return;
  sentences.push(
    dateline
      ? { start, end, text: text.slice(start, end), dateline }
      : { start, end, text: text.slice(start, end) },
  );
}
