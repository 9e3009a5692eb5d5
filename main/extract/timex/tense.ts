/**
 * A cheap reading of the tense around an expression, used to decide whether a bare weekday or month
 * ("on Friday", "in June") points before or after the document date. No parser: the verb cue closest
 * to the expression within its sentence wins, and news defaults to the past.
 */

export type Tense = 'past' | 'future' | 'present' | 'none';

// A modal reads as future only when it does not report the past: "could not be located", "might
// have met" and "would have" describe what did or did not happen.
const FUTURE =
  /\b(?:will|won't|wo n't|shall|'ll|going to|plans? to|planned to|planning to|scheduled|slated|set for|expected to|expects? to|due to|set to|is to|are to|intends? to|hoped to|hopes? to|supposed to|agree(?:s|d|ment)? to|upcoming|next(?! to\b| door\b)|coming|until|(?:would|could|might|should|must|can)(?!\s+(?:not|never|have|n't)\b)|as (?:early|soon) as|no earlier than)\b/gi;
// The present tense of a timetable: "the trial opens Tuesday", "the two-day meeting ends
// Wednesday", "ministers meet in Vienna on Wednesday" (plural, but not an infinitive: "made it hard
// to meet demand into the summer"), "a report due on Friday", and forecasts made now about later:
// "the bank expects growth in the second half".
const SCHEDULED =
  /\b(?:begins|starts|opens|ends|resumes|returns|runs|(?<!\b(?:to|let|lets|make|made|help|helped|not) )(?:begin|start|open|meet|resume|convene)|due (?:on|by|out|back|in)|kick off|get under way|expires|convenes|arrives|departs|concludes|kicks off|takes? (?:effect|office|place)|go(?:es)? into effect|(?:is|are|be) expected|(?:is|are) due|expects|forecasts|predicts|anticipates)\b/g;
// "may" and "possibly" in lower case only: "May" is also a month and a surname.
const FUTURE_LOWER = /\b(?:may(?!\s+(?:not|have)\b)|possibly)\b/g;
// Irregular past forms and past auxiliaries; regular "-ed" verbs are matched apart, in lower case only.
const PAST =
  /\b(?:(?:could|might|would|may|should|must)(?: not)? have|couldn't|could not|was|were|had|did|been|ago|last(?= (?:week|month|year|night|season|spring|summer|fall|autumn|winter|[A-Z][a-z]+day|January|February|March|April|May|June|July|August|September|October|November|December)\b)|earlier|said|told|began|came|went|met|held|took|made|gave|left|won|lost|fell|rose|saw|sold|bought|paid|got|hit|cut|put|set|ran|announced|reported|forecast|brought|thought|found|kept|led|built|spent|sent|became|grew|fought|struck|wrote|spoke|broke|chose|drove|flew|knew|threw|stood|felt|meant|heard|caught|taught|sought|shot|fled|lent|swore|wore|tore|bore|rang|sang|sank|slid|spun|stole|stuck|swept|swung|withdrew|overthrew|undertook|forgave|froze|hid|laid|quit|read|sat|shut|slept|split|spread|understood|woke)\b/gi;
// Case-sensitive on purpose: "United", "Ahmed" or "Limited" are names, not verbs. A few common
// words merely end in "-ed".
// Words in "un-…ed" are adjectives ("a still unspecified date", "unidentified gunmen") unless one of
// the few verbs built that way.
const PAST_ED =
  /\b(?!un(?!der|veil|cover|leash|earth|fold|ravel|load|lock|seal)\w+ed\b)(?!(?:hundred|need|indeed|speed|feed|seed|breed|shed|bed|red|wed|sacred|kindred|naked|wicked|ragged|rugged|beloved|wretched|learned|aged)\b)[a-z]\w{2,}ed\b/g;
const SCHEDULING =
  /\b(?:set|scheduled|planned|slated|fixed|called|postponed|delayed|adjourned|moved|rescheduled|put off|pushed back|brought forward)\b[^.;]{0,60}\b(?:for|until|till|to)\s+(?:(?:early|mid|late)[- ])?$/i;
/** Past auxiliaries that turn a following future cue into a plan that lay in the past ("had been due to"). */
const PAST_PERFECT = /\bhad(?: (?:been|previously|already|originally))*\s+$/i;
const NEGATION = /\b(?:not|never|neither|nor|no one|nobody|none)\b|n't\b/i;
// "'s" is "is" only after a pronoun or "there"/"that": after a noun it is a possessive.
const PRESENT =
  /\b(?:is|are|am|(?:it|he|she|that|there|here|what|who|where)['’]s|['’]re|says|continues|remains)\b/gi;

// Titles and Latin abbreviations whose full stop does not end a sentence ("Roe vs. Wade", "Mr. Smith").
const ABBREVIATION =
  /(?:^|[\s(])(?:mr|mrs|ms|dr|st|jr|sr|vs|gov|sen|rep|gen|col|lt|sgt|capt|prof|rev|no|[a-z])$/i;

/**
 * Whether the full stop, "!" or "?" at `i` ends a sentence: it must be followed by a space (or the
 * end), must not close an abbreviation or an initial ("Daniel P. Davison"), and the next sentence
 * must not start in lower case or with a digit ("Birmingham, Ala., killed", "Feb. 1").
 */
function endsSentence(text: string, i: number): boolean {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  // A closing quotation mark goes with the sentence it closes: `"your honor." On Friday`.
  const last = /["”’']/.test(text[i + 1] ?? '') && /\s/.test(text[i + 2] ?? ' ') ? i + 1 : i;
  const next = text[last + 1];
  if (next !== undefined && !/\s/.test(next)) return false;
  if (c !== '.') return true;
  if (ABBREVIATION.test(text.slice(Math.max(0, i - 5), i))) return false;
  const after = /\S/.exec(text.slice(last + 1, last + 4));
  return after === null || !/[a-z0-9,]/.test(after[0]);
}

/** Finds the sentence around [start, end): from the previous sentence end to the next one. */
function sentenceWindow(text: string, start: number, end: number): [number, number] {
  const limit = 220;
  let from = start;
  while (from > 0 && start - from < limit) {
    const c = text[from - 1];
    if (c === '\n' || endsSentence(text, from - 1)) break;
    from--;
  }
  let to = end;
  while (to < text.length && to - end < limit) {
    const c = text[to];
    if (c === '\n' || endsSentence(text, to)) break;
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
      minPair(nearest(FUTURE, window, from, start, end), nearest(FUTURE_LOWER, window, from, start, end)),
      nearest(SCHEDULED, window, from, start, end),
    ),
    past: minPair(nearest(PAST, window, from, start, end), nearest(PAST_ED, window, from, start, end)),
    present: nearest(PRESENT, window, from, start, end),
    none: [Infinity, Infinity],
  };
  // The governing verb usually comes before the expression ("arrived on Friday"); look after it
  // only when nothing precedes ("Friday's meeting was cancelled").
  // A fronted adverbial ("Until Thursday, they had not…") is governed by the verb after it.
  if (/^\W*(?:on|until|till|by|since|through)?\s*$/i.test(text.slice(from, start))) {
    const after = closest(cues, 1);
    if (after !== 'none') return after;
  }
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

// A deadline or a start date: "through January", "until Feb. 10", "effective June 1", "payable Dec. 1".
const DEADLINE = /\b(?:through|until|till|by|effective|payable)\s+(?:(?:early|mid|late)[- ])?$/i;

/**
 * The tense that decides the year of a month (and day) written without one. A deadline or an
 * effective date is about the period that runs up to it: a past verb does not push it back a year
 * ("has extended loans through January" in October means the coming January), so the nearest such
 * month is meant; elsewhere the clause's tense decides.
 */
export function yearTense(text: string, start: number, end: number): Tense {
  // A timeline's entry ("August 2: Stage 4 begins") is told in the historical present: the nearest
  // such date is meant.
  if (
    /(?:^|\n)[\s•*–-]*$/.test(text.slice(Math.max(0, start - 8), start)) &&
    /^[^\n]{0,12}:/.test(text.slice(end, end + 13))
  )
    return 'none';
  // "set oral arguments for June 11", "postponed until May": a date a schedule points to is the
  // nearest one, whatever the tense of the scheduling.
  if (SCHEDULING.test(text.slice(Math.max(0, start - 90), start))) return 'none';
  // "the first since January": what something has lasted since lies behind, whatever the verb.
  if (/\bsince\s+(?:(?:early|mid|late)[- ])?$/i.test(text.slice(Math.max(0, start - 16), start)))
    return 'past';
  const tense = tenseAround(text, start, end);
  if (tense === 'past' && DEADLINE.test(text.slice(Math.max(0, start - 20), start))) return 'none';
  return tense;
}

/**
 * The tense that decides which side of the DCT a bare weekday falls on. A possessive weekday names
 * an event the news already reports ("get around Wednesday's ruling", "after Thursday's vote"), so a
 * modal or a plan in the clause around it does not move it into the coming week.
 */
export function weekdayTense(text: string, start: number, end: number): Tense {
  // "The walk is Saturday", "the vote is on Tuesday": a present "is" naming a weekday names a
  // coming one; a past one would be "was".
  if (/\b(?:is|are)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, start - 12), start))) return 'future';
  if (/^['’]s\s+[a-z]/.test(text.slice(end, end + 4))) {
    // …unless the clause looks ahead to it: "three days left before Tuesday's elections".
    // A bare "before" is not enough: "her share before Friday's purchases" looks back.
    const lead = text.slice(Math.max(0, start - 24), start);
    if (
      /\b(?:ahead of|until|till|awaiting|upcoming|next|(?:days?|hours?|weeks?|left) before)\s+$/i.test(lead)
    )
      return 'future';
    // "will appear in Friday's issue": a plain "will" governs it, unlike a reported "would".
    const [from] = sentenceWindow(text, start, end);
    return /\b(?:will|shall)\b(?![^.;]*\b(?:said|was|were|had|did)\b)[^.;]*$/i.test(text.slice(from, start))
      ? 'future'
      : 'none';
  }
  return tenseAround(text, start, end);
}
