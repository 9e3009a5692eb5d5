/**
 * Seasons: "last summer", "in the spring of 2012", "that winter", "the previous summer". Winter is
 * named by its December; a season inside a name ("the Arab Spring", "Spring Street") or naming a
 * kind of thing ("a winter storm") is no date.
 */
import type { Day } from './calendar';
import { formatYear } from './calendar';
import { SEASONS } from './lexicon';
import { SEASON, YEAR_ANY, yearNumber } from './patterns';
import type { Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

/**
 * "fall" is mostly the verb or the noun ("prices fall", "the fall of Saigon"); it is the season after
 * a time word ("last fall", "in the fall"), never when followed by "of" and something else than a year.
 */
function isSeasonFall(ctx: RuleContext, lead: string): boolean {
  if (/^\s+of\b/i.test(ctx.text.slice(ctx.end, ctx.end + 4))) return false;
  if (lead !== '' && lead !== 'the') return true;
  const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
  if (lead === 'the') return /\b(?:in|by|during|until|through|since|this|over|for)\s+$/i.test(before);
  return /\b(?:early|late|mid|this|next|last|past|coming)[- ]$/i.test(before);
}

/** A day inside the period a DATE value names ("1969-SU" → mid-July 1969), or null. */
function storyPoint(value: string | null): Day | null {
  const m = /^(\d{4})(?:-(\d\d|SP|SU|FA|WI|Q[1-4]|H[12]))?/.exec(value ?? '');
  if (!m) return null;
  const part = m[2] ?? '';
  const months: Record<string, number> = {
    SP: 4,
    SU: 7,
    FA: 10,
    WI: 12,
    Q1: 2,
    Q2: 5,
    Q3: 8,
    Q4: 11,
    H1: 4,
    H2: 10,
  };
  const month = /^\d\d$/.test(part) ? Number(part) : (months[part] ?? 7);
  return { year: Number(m[1]), month, day: 15 };
}

/** Narrative leads of a season, read like the DCT-relative ones from the story's own year. */
const NARRATIVE_SEASON: Record<string, string> = {
  that: 'this',
  'the same': 'this',
  'the previous': 'last',
  'the following': 'next',
};

const SEASON_KIND =
  /^[ -](?:storms?|weather|coats?|camps?|games|olympics|solstice|equinox|training|collections?|festival|fashions?|tires|clothes|wheat|crops?|palace|residence|capital|offensive|rains|snows?|heat|squalls?|blizzards?|tournament|league|sun|wear|menu|flu|floods?|flooding)\b/i;

/**
 * A capitalized season inside a proper name: "the Summer Olympics", "Spring Street", "the Arab
 * Spring". A name continues with another capitalized word or follows one; a sentence start or a
 * temporal lead word ("Last Summer", "In Spring 2012") does not make a name.
 */
function isSeasonInName(ctx: RuleContext, word: string, lead: string): boolean {
  if (!/^[A-Z]/.test(word) || (lead !== '' && lead !== 'the')) return false;
  if (
    /^\s+(?!(?:of|and|or|in|on|at|to|for|is|was|will|has)\b)[A-Z][a-z]/.test(
      ctx.text.slice(ctx.end, ctx.end + 4),
    )
  ) {
    return true;
  }
  const before = /([A-Za-z]+)\s+$/.exec(ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start));
  if (lead !== '' || before === null) return false;
  const previous = before[1] ?? '';
  const atSentenceStart = /(?:^|[.!?:"“]\s*)$/.test(
    ctx.text.slice(Math.max(0, ctx.start - 26), ctx.start - previous.length).trimEnd(),
  );
  return (
    /^[A-Z]/.test(previous) &&
    !atSentenceStart &&
    !/^(?:the|this|last|next|past|coming|early|late|mid|each|every|in|by|since|during|until|through|over|before|after|from|of)$/i.test(
      previous,
    )
  );
}

export const SEASON_RULES: Rule[] = [
  {
    name: 'season',
    pattern: wordPattern(
      `(?:(last|this|next|past|coming|that|the previous|the following|the same|the) )?(${SEASON})(?:(?: of)? (${YEAR_ANY}))?`,
    ),
    build(m, ctx) {
      const code = SEASONS[(m[2] ?? '').toLowerCase()];
      if (code === undefined) return null;
      if (m[3] !== undefined) return { type: 'DATE', value: `${yearNumber(m[3]) ?? m[3]}-${code}` };
      const lead = (m[1] ?? '').toLowerCase();
      if (/^fall$/i.test(m[2] ?? '') && !isSeasonFall(ctx, lead)) return null;
      if (isSeasonInName(ctx, m[2] ?? '', lead)) return null;
      // "a winter storm warning", "summer camps": a season naming a kind of thing is no date.
      if (
        m[3] === undefined &&
        (lead === '' || lead === 'the') &&
        SEASON_KIND.test(ctx.text.slice(ctx.end, ctx.end + 16))
      )
        return null;
      // "that summer", "the previous summer": seasons counted from where the story is, when it
      // has moved to another year; otherwise from the DCT like "this" and "last".
      const narrative = NARRATIVE_SEASON[lead];
      let ref = ctx.dct;
      if (narrative !== undefined) {
        const at = storyPoint(ctx.lastValue);
        if (at !== null && at.year !== ctx.dct.year) ref = at;
      }
      const effective = narrative ?? lead;
      // Meteorological seasons: winter spans the year boundary and is named by its December.
      const month = ref.month;
      const current = month === 12 ? 'WI' : month <= 2 ? 'WI' : month <= 5 ? 'SP' : month <= 8 ? 'SU' : 'FA';
      const order = ['SP', 'SU', 'FA', 'WI'];
      const currentYear = month <= 2 ? ref.year - 1 : ref.year;
      const ci = order.indexOf(current);
      const ti = order.indexOf(code);
      const tense = ctx.tense();
      let year: number;
      if (effective === 'this') year = code === 'WI' && month <= 2 ? ref.year - 1 : ref.year;
      else if (effective === 'last' || effective === 'past') year = ti < ci ? currentYear : currentYear - 1;
      else if (effective === 'next' || effective === 'coming') year = ti > ci ? currentYear : currentYear + 1;
      else if (tense === 'past') year = ti <= ci ? currentYear : currentYear - 1;
      else if (tense === 'future') year = ti >= ci ? currentYear : currentYear + 1;
      else year = currentYear;
      return { type: 'DATE', value: `${formatYear(year)}-${code}`, anchor: ctx.dct };
    },
  },
];
