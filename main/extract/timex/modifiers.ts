/**
 * TimeML mods written around an expression ("about two years", "early June", "the end of 1990",
 * "more than four hours", "two years or so"). TimeML puts these words inside the TIMEX3 extent, so
 * the span grows to cover them. Signals such as "before", "since" and "until" stay outside.
 *
 * Extent decisions: TimeML sets mod (APPROX, START, END, ...) from words inside the extent, and the
 * cleaned TimeBank includes them ("early" 17 inside / 0 outside, "earlier" 13 / 4, "nearly" 7 / 0);
 * HeidelTime's rules span them too. A leading "the" is inside when the temporal noun heads the
 * phrase ("the past three years": TimeBank 224 inside / 39 outside, the 39 mostly adjectival uses
 * like "the 1996 elections"); AQUAINT leaves both out more often, and is not followed.
 */
import type { TimexType } from '../../common/model';

interface Modifier {
  pattern: RegExp;
  mod: string;
  /** Which types the modifier may apply to. */
  types: TimexType[];
}

const ALL: TimexType[] = ['DATE', 'TIME', 'DURATION'];
const POINTS: TimexType[] = ['DATE', 'TIME'];

// Each pattern is anchored at the end of the text before the expression.
const LEFT: Modifier[] = [
  {
    pattern: /\b(?:about|around|approximately|roughly|some|circa|an estimated)\s+$/i,
    mod: 'APPROX',
    types: ALL,
  },
  { pattern: /\b(?:nearly|almost|close to|just under)\s+$/i, mod: 'LESS_THAN', types: ['DURATION'] },
  { pattern: /\b(?:nearly|almost)\s+$/i, mod: 'APPROX', types: POINTS },
  // "over" is an amount only after a word that wants one ("for over a week", "just over an hour");
  // elsewhere it spans the time something happened in ("cut $1 trillion over 10 years").
  {
    pattern:
      /(?:\b(?:(?<!\bno )more than|longer than|upwards of)|(?<=(?:^|\b(?:for|just|in|after|of|within|to|well|by|spent|served|lasted|took|taken|than|since)\s+))over)\s+$/i,
    mod: 'MORE_THAN',
    types: ['DURATION'],
  },
  {
    pattern: /\b(?:(?<!\bno )less than|under|fewer than|shorter than)\s+$/i,
    mod: 'LESS_THAN',
    types: ['DURATION'],
  },
  { pattern: /\b(?:at least|no less than)\s+$/i, mod: 'EQUAL_OR_MORE', types: ['DURATION'] },
  { pattern: /\b(?:up to|no more than|at most)\s+$/i, mod: 'EQUAL_OR_LESS', types: ['DURATION'] },
  {
    pattern:
      /\b(?:the )?(?:start|beginning|dawn|outset|first part|early part|early days|opening days) of\s+(?:the )?$/i,
    mod: 'START',
    types: POINTS,
  },
  { pattern: /\b(?:the )?(?:middle|midpoint|mid-point|height) of\s+(?:the )?$/i, mod: 'MID', types: POINTS },
  {
    pattern:
      /\b(?:the )?(?:end|close|latter part|last part|late part|final days|waning days) of\s+(?:the )?$/i,
    mod: 'END',
    types: POINTS,
  },
  { pattern: /\b(?:early-|(?:early|earlier|earlier in)\s+)$/i, mod: 'START', types: POINTS },
  { pattern: /\bmid-?\s*$/i, mod: 'MID', types: POINTS },
  { pattern: /\b(?:late-|(?:late|later|later in)\s+)$/i, mod: 'END', types: POINTS },
];

export interface ModifierResult {
  start: number;
  end: number;
  mod?: string;
}

/**
 * Extends [start, end) over a mod word on the left and "or so" on the right. `floor` is where the
 * previous expression ended, so spans never overlap.
 */
export function applyModifiers(
  text: string,
  start: number,
  end: number,
  type: TimexType,
  floor: number,
): ModifierResult {
  const result: ModifierResult = { start, end };
  const before = text.slice(Math.max(floor, start - 40), start);
  // "over the past year": before a determiner these words are signals, not part of the value.
  const determined = /^(?:the|these|those|this|that|its|their)\b/i.test(text.slice(start, end));
  const expression = text.slice(start, end);
  // "worried about the future", "get around Wednesday's ruling": before anything but a quantity or
  // a date these words are prepositions, not an approximation.
  const quantified =
    /^(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a few|several|half)/i.test(
      expression,
    );
  const possessive = /^['’]s\b/.test(text.slice(end, end + 2));
  for (const modifier of LEFT) {
    if (!modifier.types.includes(type)) continue;
    if (determined && modifier.mod !== 'APPROX' && modifier.types.length === 1) continue;
    if (modifier.mod === 'APPROX' && !quantified && (possessive || !/^[A-Z]/.test(expression))) continue;
    const m = modifier.pattern.exec(before);
    if (m) {
      result.start = start - m[0].length;
      result.mod = modifier.mod;
      break;
    }
  }
  const after = /^\s+or so\b/i.exec(text.slice(end, end + 10));
  if (after && type !== 'SET') {
    result.end = end + after[0].length;
    result.mod ??= 'APPROX';
  }
  return result;
}
