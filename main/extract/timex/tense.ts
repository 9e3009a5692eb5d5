/**
 * A cheap reading of the tense around an expression, used to decide whether a bare weekday or month
 * ("on Friday", "in June") points before or after the document date. No parser: the verb cue closest
 * to the expression within its sentence wins, and news defaults to the past.
 */

export type Tense = 'past' | 'future' | 'present' | 'none';

const FUTURE =
  /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planning to|scheduled|expected to|expects? to|due to|set to|is to|are to|intends? to|hopes? to|upcoming|next|coming|until|would|could|might)\b/gi;
const PAST =
  /\b(?:was|were|had|did|been|ago|last|earlier|said|told|began|came|went|met|held|took|made|gave|left|won|lost|fell|rose|saw|began|sold|bought|paid|got|hit|cut|put|set|ran|announced|reported|\w{3,}ed)\b/gi;
const PRESENT = /\b(?:is|are|am|'s|'re|says|continues|remains)\b/gi;

/** Finds the sentence around [start, end): from the previous full stop to the next one. */
function sentenceWindow(text: string, start: number, end: number): [number, number] {
  const limit = 220;
  let from = start;
  while (from > 0 && start - from < limit) {
    const c = text[from - 1];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s/.test(text[from] ?? ''))) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < limit) {
    const c = text[to];
    if (c === '\n' || ((c === '.' || c === '!' || c === '?') && /\s|$/.test(text[to + 1] ?? ''))) break;
    to++;
  }
  return [from, to];
}

/** Distance from the expression to the closest cue before it and after it (Infinity if none). */
function nearest(
  pattern: RegExp,
  window: string,
  offset: number,
  start: number,
  end: number,
): [number, number] {
  let before = Infinity;
  let after = Infinity;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
    const at = offset + m.index;
    if (at < start) before = Math.min(before, start - at);
    else after = Math.min(after, at - end);
  }
  return [before, after];
}

function closest(cues: Record<Tense, [number, number]>, side: 0 | 1): Tense {
  let best: Tense = 'none';
  let distance = Infinity;
  for (const tense of ['future', 'past', 'present'] as const) {
    const d = cues[tense][side];
    if (d < distance) {
      distance = d;
      best = tense;
    }
  }
  return best;
}

/** The tense of the clause around [start, end) of `text`. */
export function tenseAround(text: string, start: number, end: number): Tense {
  const [from, to] = sentenceWindow(text, start, end);
  // The expression itself is blanked out so that its own words ("next week") are not cues.
  const window = text.slice(from, start) + ' '.repeat(end - start) + text.slice(end, to);
  const cues: Record<Tense, [number, number]> = {
    future: nearest(FUTURE, window, from, start, end),
    past: nearest(PAST, window, from, start, end),
    present: nearest(PRESENT, window, from, start, end),
    none: [Infinity, Infinity],
  };
  // The governing verb usually comes before the expression ("arrived on Friday"); look after it
  // only when nothing precedes ("Friday's meeting was cancelled").
  const before = closest(cues, 0);
  // "will be held": a participle right after a future auxiliary belongs to the future.
  if (before === 'past' && cues.future[0] - cues.past[0] < 16) return 'future';
  return before === 'none' ? closest(cues, 1) : before;
}
