/**
 * Business periods and vague references: quarters and halves ("the third quarter", "third-quarter",
 * "the quarter", "the first half of 1990"), "the year-earlier period", and TimeML's PRESENT_REF /
 * PAST_REF / FUTURE_REF words ("now", "recently", "the future").
 */
import { formatYear, quarterOf } from './calendar';
import { YEAR4 } from './patterns';
import { shiftValueByYears } from './resolve';
import type { Draft, Rule, RuleContext } from './rule';
import { wordPattern } from './rule';

const ORDINAL_QUARTER: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** The quarter before the DCT's, as [year, quarter]. */
function previousQuarter(ctx: RuleContext): [number, number] {
  const q = quarterOf(ctx.dct.month);
  return q === 1 ? [ctx.dct.year - 1, 4] : [ctx.dct.year, q - 1];
}

function quarterValue(year: number, q: number): string {
  return `${formatYear(year)}-Q${q}`;
}

/**
 * The quarter the story reports on: the first quarter it names, else the last one mentioned, else
 * the one before the DCT's.
 */
function reportedQuarter(ctx: RuleContext): string {
  if (ctx.reportValue !== null) return ctx.reportValue;
  if (ctx.lastValue !== null && /^\d{4}-Q\d$/.test(ctx.lastValue)) return ctx.lastValue;
  return quarterValue(...previousQuarter(ctx));
}

export const PERIOD_RULES: Rule[] = [
  {
    name: 'months-of-year',
    // "the first three months of 2011" is the first quarter; "the last six months of 2010" the
    // second half. Other counts stay durations.
    pattern: wordPattern(`the (first|last|final) (three|six|3|6) months of (${YEAR4})`),
    build(m) {
      const first = (m[1] ?? '').toLowerCase() === 'first';
      const six = /^(?:six|6)$/i.test(m[2] ?? '');
      const year = m[3] ?? '';
      if (six) return { type: 'DATE', value: `${year}-H${first ? 1 : 2}` };
      return { type: 'DATE', value: `${year}-Q${first ? 1 : 4}` };
    },
  },
  {
    name: 'quarter-code',
    // The analysts' shorthand: "Q1 2013", "1Q13", "Q3", "H1 2013". Case-sensitive by hand: "q3"
    // in running text is rarely a quarter.
    pattern: wordPattern(`(?:Q([1-4])|([1-4])Q|H([12]))(?:[ -]?(${YEAR4})|[ -]?'?(\\d\\d))?`),
    build(m, ctx) {
      if (!/^(?:Q\d|\dQ|H\d)/.test(m[0])) return null;
      // "the Audi Q3" is a model: a name before the code, other than a sentence's first word.
      const name = /(?:^|[^.!?\s]\s+)([A-Z][a-z]+)\s+$/.exec(
        ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start),
      );
      if (name && !/^(?:In|For|During|By|Since|Until|The|Its|Their|Our|His|Her|Of|And)$/.test(name[1] ?? ''))
        return null;
      const explicit = m[4] ?? (m[5] === undefined ? undefined : `20${m[5]}`);
      const half = m[3] !== undefined;
      const n = Number(m[1] ?? m[2] ?? m[3]);
      let year = explicit === undefined ? ctx.dct.year : Number(explicit);
      if (explicit === undefined) {
        // Without a year, the quarter of the story's year; one still ahead in a past clause is last year's.
        const current = half ? (ctx.dct.month <= 6 ? 1 : 2) : quarterOf(ctx.dct.month);
        if (n > current && ctx.tense() === 'past') year -= 1;
      }
      const draft: Draft = {
        type: 'DATE',
        value: half ? `${formatYear(year)}-H${n}` : quarterValue(year, n),
      };
      if (explicit === undefined) draft.anchor = ctx.dct;
      return draft;
    },
  },
  {
    name: 'reported-period',
    // Earnings reports name the quarter under discussion without saying which one.
    pattern: wordPattern(
      `the (?:latest|most recent) (?:period|quarter)|(?:the )?(?:(?:same|corresponding|comparable|year-earlier|year-ago) )+(?:period|quarter) (?:of |in )?(?:last year|a year (?:ago|earlier))|last year's (?:(?:same|corresponding|comparable) )?(?:period|quarter)|the quarter (?:a year (?:ago|earlier)|last year)`,
    ),
    build(m, ctx) {
      const current = reportedQuarter(ctx);
      if (/^the (?:latest|most recent)/i.test(m[0])) return { type: 'DATE', value: current, anchor: ctx.dct };
      const shifted = shiftValueByYears(current, -1);
      return shifted === null ? null : { type: 'DATE', value: shifted, anchor: ctx.dct, keepReference: true };
    },
  },
  {
    name: 'quarter-ordinal',
    pattern: wordPattern(
      `(?:(this year's |last year's |next year's |the (?!\\w+-))?(?:fiscal )?)?(first|second|third|fourth|1st|2nd|3rd|4th|final)(?:[- ](?:fiscal )?)(quarter|half|period)(?:\\s+(?:of|in|for|of fiscal|of the) (${YEAR4}|this year|last year|next year|the year))?|(?:the )?(?:(fiscal|calendar) )?(${YEAR4})(?:'s)? (?:fiscal )?(first|second|third|fourth|final) (quarter|half)`,
    ),
    build(m, ctx) {
      const ordinal = (m[2] ?? m[7] ?? '').toLowerCase();
      const kind = (m[3] ?? m[8] ?? '').toLowerCase();
      const n = ORDINAL_QUARTER[ordinal];
      if (n === undefined) return null;
      if (kind === 'period') return null;
      const lead = (m[1] ?? '').toLowerCase();
      const yearWord = (m[4] ?? m[6] ?? '').toLowerCase();
      let year: number;
      let anchored = true;
      if (/^\d{4}$/.test(yearWord)) {
        year = Number(yearWord);
        anchored = false;
      } else if (yearWord === 'last year' || lead.startsWith('last year')) year = ctx.dct.year - 1;
      else if (yearWord === 'next year' || lead.startsWith('next year')) year = ctx.dct.year + 1;
      else if (yearWord === 'this year' || lead.startsWith('this year')) year = ctx.dct.year;
      else {
        // Without a year, a quarter later than the current one was last year's when reported.
        year = ctx.dct.year;
        const current = kind === 'half' ? (ctx.dct.month <= 6 ? 1 : 2) : quarterOf(ctx.dct.month);
        // The quarter just ended stays last year's even in the future tense: results and estimates
        // of it come out in the weeks after ("will release fourth-quarter growth on Jan. 29").
        const justEnded = kind !== 'half' && current === 1 && n === 4 && ctx.dct.month <= 2;
        if (n > current && (ctx.tense() !== 'future' || justEnded)) year -= 1;
        // A quarter two or more back this year, looked forward to, is next year's ("by the end of
        // the first quarter" in October); the one just ended is still being reported on.
        else if (n < current - 1 && kind !== 'half' && ctx.tense() === 'future') year += 1;
        if (n > 2 && kind === 'half') return null;
      }
      const value = kind === 'half' ? `${formatYear(year)}-H${n}` : quarterValue(year, n);
      const draft: Draft = { type: 'DATE', value };
      if (anchored) draft.anchor = ctx.dct;
      return draft;
    },
  },
  {
    name: 'quarter-deictic',
    pattern: wordPattern(
      `(?:the|this|last|next|that) (?:(latest|current|previous|past|same|fiscal|year-earlier|year-ago|comparable|prior) )?quarter`,
    ),
    build(m, ctx) {
      const lead = m[0].toLowerCase().split(' ')[0] ?? '';
      const adj = (m[1] ?? '').toLowerCase();
      const q = quarterOf(ctx.dct.month);
      if (adj === 'year-earlier' || adj === 'year-ago' || adj === 'comparable' || adj === 'prior') {
        const shifted = shiftValueByYears(reportedQuarter(ctx), -1);
        return shifted === null
          ? null
          : { type: 'DATE', value: shifted, anchor: ctx.dct, keepReference: true };
      }
      if (lead === 'that' && ctx.lastValue !== null && /-Q\d$/.test(ctx.lastValue)) {
        return { type: 'DATE', value: ctx.lastValue, anchor: ctx.dct };
      }
      if (lead === 'this' || adj === 'current')
        return { type: 'DATE', value: quarterValue(ctx.dct.year, q), anchor: ctx.dct };
      if (lead === 'next') {
        return {
          type: 'DATE',
          value: q === 4 ? quarterValue(ctx.dct.year + 1, 1) : quarterValue(ctx.dct.year, q + 1),
          anchor: ctx.dct,
        };
      }
      if (lead === 'last' || adj === 'latest' || adj === 'previous' || adj === 'past') {
        return { type: 'DATE', value: quarterValue(...previousQuarter(ctx)), anchor: ctx.dct };
      }
      // "the quarter": the one the story last moved to, else the one it reports on, else the one
      // just reported.
      if (ctx.lastValue !== null && /^\d{4}-Q\d$/.test(ctx.lastValue)) {
        return { type: 'DATE', value: ctx.lastValue, anchor: ctx.dct };
      }
      if (ctx.reportValue !== null) return { type: 'DATE', value: ctx.reportValue, anchor: ctx.dct };
      if (ctx.tense() === 'future')
        return { type: 'DATE', value: quarterValue(ctx.dct.year, q), anchor: ctx.dct };
      return { type: 'DATE', value: quarterValue(...previousQuarter(ctx)), anchor: ctx.dct };
    },
  },
  {
    name: 'year-period',
    // "the 1988 quarter", "the 1989 period": the quarter under discussion, in that year.
    pattern: wordPattern(`the (${YEAR4}) (quarter|period)|(?:the )?(first|last|second) half of (${YEAR4})`),
    build(m, ctx) {
      if (m[4] !== undefined) {
        const half = (m[3] ?? '').toLowerCase() === 'first' ? 1 : 2;
        return { type: 'DATE', value: `${m[4]}-H${half}` };
      }
      const reference = ctx.reportValue ?? ctx.lastValue;
      const quarter = reference !== null ? /-Q(\d)$/.exec(reference)?.[1] : undefined;
      if (quarter === undefined)
        return (m[2] ?? '').toLowerCase() === 'quarter' ? null : { type: 'DATE', value: m[1] ?? '' };
      return { type: 'DATE', value: `${m[1]}-Q${quarter}`, anchor: ctx.dct };
    },
  },
  {
    name: 'year-earlier',
    pattern: wordPattern(
      `(?:the )?(?:(?:comparable|same|corresponding) )?year-(?:earlier|ago)(?: (?:(?:first|second|third|fourth) )?(?:quarter|period))?`,
    ),
    build(m, ctx) {
      // A year before the quarter under discussion; a day or month the story moved to is not it.
      const shifted = shiftValueByYears(reportedQuarter(ctx), -1);
      if (shifted === null) return null;
      const draft: Draft = { type: 'DATE', value: shifted, anchor: ctx.dct, keepReference: true };
      // Extent: a determiner belongs to the TIMEX3 only when the temporal word heads its noun
      // phrase ("the year-ago quarter"). Before another noun ("the year-earlier results") the
      // article determines that noun and stays outside, as the cleaned TimeBank marks every such case.
      const article = /^the\s+/i.exec(m[0]);
      if (article && !/(?:quarter|period)$/i.test(m[0])) draft.trimStart = article[0].length;
      return draft;
    },
  },
  // "now", "currently", "recently", adjectival "current"/"recent": tagged. TimeML values such words
  // PRESENT_REF / PAST_REF / FUTURE_REF, HeidelTime's English date words list all of them, and the
  // cleaned TimeBank tags most ("now" 45 of 60, "currently" 10 of 14). The adjectives are tagged in
  // only about 4 of 10 cases there, at break-even for value F1, so the guideline reading is kept.
  {
    name: 'present-ref',
    pattern: wordPattern(
      `right now|just now|now|currently|nowadays|these days|at present|presently|the present|at the moment|current`,
    ),
    build(m, ctx) {
      const word = m[0].toLowerCase();
      // "current" only as an adjective of time, not "electric current" or "current account".
      if (word === 'current') {
        const after = ctx.text.slice(ctx.end, ctx.end + 20);
        if (/^\s+(?:account|affairs|events|assets|liabilities|flows?|issue)/i.test(after)) return null;
      }
      return {
        type: 'DATE',
        value: 'PRESENT_REF',
        anchor: ctx.dct,
        trimStart: word === 'at present' ? 3 : 0,
      };
    },
  },
  {
    name: 'past-ref',
    pattern: wordPattern(`recently|recent|lately|the past|in the old days|once upon a time|the old days`),
    build(m, ctx) {
      return { type: 'DATE', value: 'PAST_REF', anchor: ctx.dct };
    },
  },
  {
    name: 'future-ref',
    pattern: wordPattern(
      `the future|the near future|the foreseeable future|the (?:near|short|longer|long) term|a later date|someday|one day|as soon as possible|soon`,
    ),
    build(m, ctx) {
      const word = m[0].toLowerCase();
      if (word === 'one day' && ctx.tense() !== 'future') return null;
      if (word === 'soon') {
        // "soon after the attack", "as soon as he arrives" relate two events; "was soon released"
        // is a past sequence. Only a bare "soon" about what is still to come is a FUTURE_REF.
        const after = ctx.text.slice(ctx.end, ctx.end + 14);
        const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
        if (/^\s*(?:after|afterwards?|before|thereafter|as|enough|than)\b/i.test(after)) return null;
        if (/\b(?:as|too|how)\s+$/i.test(before)) return null;
        // The verb next to "soon" tells its tense better than the sentence does.
        const modal = /\b(?:will|may|might|could|would|should|must|to|'ll)\s+$/i.test(before);
        if (!modal && /^\s+(?:\w+ed|became|was|were|came|went|began)\b/i.test(after)) return null;
        if (!modal && !/^\s+(?:will|'ll)\b/i.test(after) && ctx.tense() === 'past') return null;
      }
      return { type: 'DATE', value: 'FUTURE_REF', anchor: ctx.dct };
    },
  },
];
