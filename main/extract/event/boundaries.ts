/**
 * Words and punctuation that end a phrase. The subject scan (backwards from the verb, subject.ts)
 * and the object scan (forwards from it, title.ts) stop at the same boundaries, so they share them.
 */

/** Articles: dropped from the front of a subject and from inside an object. */
export const ARTICLES = new Set(['a', 'an', 'the']);
/** Words that open another clause: a subject or object never runs across them. */
export const CLAUSE_WORDS = new Set([
  'that',
  'what',
  'which',
  'who',
  'whom',
  'whose',
  'when',
  'where',
  'while',
  'because',
  'although',
  'though',
  'but',
  'whereas',
  'if',
  'unless',
  'as',
  'since',
  'after',
  'before',
  'so',
]);
/** Punctuation that closes a phrase. */
export const BOUNDARY_PUNCTUATION = new Set([
  ',',
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  '"',
  '“',
  '”',
  // A quote mark standing alone (an apostrophe inside a word is part of the word): "``", "''".
  "'",
  '`',
  '‘',
  '’',
  '.',
  '!',
  '?',
]);
/** Quote marks standing alone: an object runs through a quotation ("issued an updated ``caution''"). */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '“', '”', "'", '`', '‘', '’']);
/** Prepositions that introduce a date ("on June 12", "since Monday"): they go with the date. */
export const DATE_PREPOSITIONS = new Set([
  'on',
  'in',
  'at',
  'by',
  'around',
  'about',
  'since',
  'until',
  'till',
  'during',
  'from',
  'for',
  'early',
  'late',
  'as',
  'of',
]);

/**
 * Words and marks that end the clause a date or an event noun belongs to: a verb or a cancelling
 * cue on the far side of one of them governs something else.
 */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '—',
  '–',
  '(',
  ')',
  'but',
  'while',
  'which',
  'who',
  'that',
  'although',
  'because',
]);
