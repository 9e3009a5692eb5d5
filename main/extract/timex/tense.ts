/**
 * A cheap reading of the tense around an expression, used to decide whether a bare weekday or month
 * ("on Friday", "in June") points before or after the document date. No parser: the verb cue closest
 * to the expression within its sentence wins, and news defaults to the past.
 */

export type Tense = 'past' | 'future' | 'present' | 'none';

// A modal reads as future only when it does not report the past: "could not be located", "might
// have met" and "would have" describe what did or did not happen.
const FUTURE =
  /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned to|planning to|scheduled|expected to|expects? to|due to|set to|is to|are to|intends? to|hopes? to|upcoming|next|coming|until|(?:would|could|might|should)(?!\s+(?:not|never|have|n't)\b)|as (?:early|soon) as|no earlier than)\b/gi;
// "may" and "possibly" in lower case only: "May" is also a month and a surname.
const FUTURE_LOWER = /\b(?:may(?!\s+(?:not|have)\b)|possibly)\b/g;
// Irregular past forms and past auxiliaries; regular "-ed" verbs are matched apart, in lower case only.
const PAST =
  /\b(?:(?:could|might|would|may|should|must)(?: not)? have|couldn't|could not|was|were|had|did|been|ago|last|earlier|said|told|began|came|went|met|held|took|made|gave|left|won|lost|fell|rose|saw|sold|bought|paid|got|hit|cut|put|set|ran|announced|reported|brought|thought|found|kept|led|built|spent|sent|became|grew|fought|struck|wrote|spoke|broke|chose|drove|flew|knew|threw|stood|felt|meant|heard|caught|taught|sought|shot|fled|lent|swore|wore|tore|bore|rang|sang|sank|slid|spun|stole|stuck|swept|swung|withdrew|overthrew|undertook|forgave|froze|hid|laid|quit|read|sat|shut|slept|split|spread|understood|woke)\b/gi;
// Case-sensitive on purpose: "United", "Ahmed" or "Limited" are names, not verbs. A few common
// words merely end in "-ed".
const PAST_ED =
  /\b(?!(?:hundred|need|indeed|speed|feed|seed|breed|shed|bed|red|wed|sacred|kindred|naked|wicked|ragged|rugged|beloved|wretched|learned|aged)\b)[a-z]\w{2,}ed\b/g;
/** Past auxiliaries that turn a following future cue into a plan that lay in the past ("had been due to"). */
const PAST_PERFECT = /\bhad(?: (?:been|previously|already|originally))*\s+$/i;
const NEGATION = /\b(?:not|never|neither|nor|no one|nobody|none)\b|n't\b/i;
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

function minPair(a: [number, number], b: [number, number]): [number, number] {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1])];
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
    future: minPair(
      nearest(FUTURE, window, from, start, end),
      nearest(FUTURE_LOWER, window, from, start, end),
    ),
    past: minPair(nearest(PAST, window, from, start, end), nearest(PAST_ED, window, from, start, end)),
    present: nearest(PRESENT, window, from, start, end),
    none: [Infinity, Infinity],
  };
  // The governing verb usually comes before the expression ("arrived on Friday"); look after it
  // only when nothing precedes ("Friday's meeting was cancelled").
  const before = closest(cues, 0);
  // "had been due to expire Friday": a plan reported in the past perfect lay in the past.
  if (before === 'future' && PAST_PERFECT.test(text.slice(from, start - cues.future[0]))) return 'past';
  // "will be held", "might be held": a participle right after a future auxiliary or a modal belongs
  // to what is still to come. A negated or perfect modal is a past cue itself and never gets here,
  // but a negation further back ("Neither he nor his aides could be located Wednesday") also makes
  // "could" report a past failure rather than a possibility.
  if (before === 'past' && cues.future[0] - cues.past[0] < 22) {
    const at = start - cues.future[0];
    const negated = /^could\b/i.test(text.slice(at, at + 6)) && NEGATION.test(text.slice(from, at));
    if (!negated) return 'future';
  }
  return before === 'none' ? closest(cues, 1) : before;
}
