/**
 * Durations ("two days", "a two-day trip", "the past three years", "several months", "years") and
 * sets ("weekly", "every month", "each Thursday", "twice a year").
 */
import { SEASONS, UNITS } from './lexicon';
import { NUMBER, parseNumber } from './numbers';
import { MONTH, SEASON, UNIT, WEEKDAY, monthNumber, unitKey, weekdayNumber } from './patterns';
import type { Draft, Rule } from './rule';
import { wordPattern } from './rule';

/** TIMEX3 duration value for n units ("P2D", "PT3H", "PXY"); fractions go one unit down when easy. */
export function durationValue(n: number | null, unitWord: string): string | null {
  const unit = UNITS[unitKey(unitWord)];
  if (unit === undefined) return null;
  const prefix = unit.time ? 'PT' : 'P';
  if (n === null) return `${prefix}X${unit.code}`;
  // A fortnight is two weeks.
  if (unitKey(unitWord) === 'fortnight') n *= 2;
  // Half a decade or century is a whole number of years.
  if ((unit.code === 'E' || unit.code === 'C') && !Number.isInteger(n)) {
    const years = n * (unit.code === 'E' ? 10 : 100);
    if (Number.isInteger(years)) return `P${years}Y`;
  }
  if (Number.isInteger(n)) {
    if (unit.code === 'WE') return `P${n * 2}D`;
    // A counted decade or century is written in years ("two decades" → P20Y): ISO 8601 durations
    // have no decade or century designator, and the cleaned TimeBank writes counted decades as
    // years (P10Y, P20Y, P40Y against one P1E). An uncounted "decades" keeps TimeML's PXE, since
    // an unknown count of decades has no year form.
    if (unit.code === 'E') return `P${n * 10}Y`;
    if (unit.code === 'C') return `P${n * 100}Y`;
    return `${prefix}${n}${unit.code}`;
  }
  const whole = Math.floor(n);
  const frac = n - whole;
  if (unit.code === 'Y' && !unit.time) return `P${whole ? `${whole}Y` : ''}${Math.round(frac * 12)}M`;
  if (unit.code === 'H' && unit.time) return `PT${whole ? `${whole}H` : ''}${Math.round(frac * 60)}M`;
  if (unit.code === 'D') return `P${whole ? `${whole}D` : ''}T${Math.round(frac * 24)}H`;
  if (unit.code === 'M' && !unit.time) return `P${whole ? `${whole}M` : ''}${Math.round(frac * 30)}D`;
  return `${prefix}${n}${unit.code}`;
}

const VAGUE = `(?:a few|few|several|some|many|(?:a )?couple of|a couple|a number of|a dozen)`;
const DETERMINER = `(?:(?:each of )?the|these|those)`;
const POSITION = `(?:past|last|next|first|previous|coming|following|final|latest|initial|remaining|additional|same|early|last few|past few|next few|past several|next several|first few)`;
const FILLER = `(?:more|additional|straight|consecutive|full|trading|business|calendar|long|short|hard|whole|extra|fiscal)`;

const SET_ADVERBS: Record<string, string> = {
  hourly: 'PT1H',
  'half-hourly': 'PT30M',
  daily: 'P1D',
  nightly: 'P1D',
  weekly: 'P1W',
  biweekly: 'P2W',
  quarterly: 'P3M',
  monthly: 'P1M',
  bimonthly: 'P2M',
  yearly: 'P1Y',
  annually: 'P1Y',
  biannually: 'P6M',
  semiannually: 'P6M',
};

// After these a frequency word ends its clause ("people who napped daily did not…").
const AUXILIARIES = new Set(
  'did does do is are was were has have had will would can could may might should'.split(' '),
);
const RECURRENCE_ADJECTIVES = new Set(['daily', 'weekly', 'nightly', 'hourly']);

const FUNCTION_WORDS = new Set(
  'and or but to in on at for by from since until with as than the a an this that these those its their his her of basis'.split(
    ' ',
  ),
);

/**
 * Words that look like a duration but are not one: an age ("52 years old"), a fraction
 * ("three-quarters of its food") or an ordinal ("a second group").
 */
function isNotADuration(span: string, text: string, end: number): boolean {
  const after = text.slice(end, end + 16);
  if (/^\s+(?:old|of age)\b/i.test(after)) return true;
  if (/quarters?$/i.test(span) && /^\s+of\b/i.test(after) && !/^\s+of\s+(?:19|20)\d\d/.test(after))
    return true;
  // "a second group", "a second time": "second" as an ordinal before a noun.
  if (
    /^an?\s+second$/i.test(span) &&
    /^\s+[a-z]/i.test(after) &&
    !/^\s+(?:or|and|to|of|in|for)\b/i.test(after)
  )
    return true;
  return false;
}

export const DURATION_RULES: Rule[] = [
  {
    name: 'set-every',
    pattern: wordPattern(`(?:every|each|per) (?:(other) )?(?:(${NUMBER}) )?(${UNIT})`),
    build(m) {
      const unit = m[3] ?? '';
      if (/^(?:weekend|night)s?$/i.test(unit)) return null;
      let n = m[2] === undefined ? 1 : (parseNumber(m[2]) ?? 1);
      if (m[1] !== undefined) n *= 2;
      const value = durationValue(n, unit);
      return value === null ? null : { type: 'SET', value };
    },
  },
  {
    name: 'set-month-season',
    // "each July", "every spring": the month or season of every year.
    pattern: wordPattern(`(?:every|each) (${MONTH}|${SEASON})`),
    build(m) {
      const word = m[1] ?? '';
      const season = SEASONS[word.toLowerCase()];
      if (season !== undefined) return { type: 'SET', value: `XXXX-${season}` };
      const month = monthNumber(word);
      if (month === undefined || !/^[A-Z]/.test(word) || /^may$/i.test(word)) return null;
      return { type: 'SET', value: `XXXX-${String(month).padStart(2, '0')}` };
    },
  },
  {
    name: 'set-part-of-day',
    // "each evening", "every morning": that part of every day.
    pattern: wordPattern(`(?:every|each) (morning|afternoon|evening|night)`),
    build(m) {
      const code = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[(m[1] ?? '').toLowerCase()];
      return code === undefined ? null : { type: 'SET', value: `XXXX-XX-XXT${code}` };
    },
  },
  {
    name: 'set-weekday',
    pattern: wordPattern(
      `(?:(?:every|each) (${WEEKDAY})|(Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays)|(?:on |at |every |each )(weekends?))(?: (mornings?|afternoons?|evenings?|nights?))?`,
    ),
    build(m) {
      // "Friday nights", "every Sunday morning": that part of that weekday, every week. A singular
      // part after a plain weekday is one day ("Friday night"), which this rule does not match.
      const part = m[4]?.toLowerCase().replace(/s$/, '');
      const code =
        part === undefined
          ? ''
          : `T${{ morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' }[part] ?? ''}`;
      // "open on weekends", "every weekend": TimeML's weekend of every week.
      if (m[3] !== undefined)
        return { type: 'SET', value: 'XXXX-WXX-WE', trimStart: /^(?:on|at) /i.test(m[0]) ? 3 : 0 };
      const word = (m[1] ?? m[2] ?? '').replace(/s$/, '');
      const n = weekdayNumber(word);
      return n === undefined ? null : { type: 'SET', value: `XXXX-WXX-${n}${code}` };
    },
  },
  {
    name: 'set-weekday-part',
    // "open late on Friday nights": a plural part of a weekday is that part of every such day.
    pattern: wordPattern(`(${WEEKDAY}) (mornings|afternoons|evenings|nights)`),
    build(m) {
      const n = weekdayNumber(m[1] ?? '');
      const code = { mornings: 'MO', afternoons: 'AF', evenings: 'EV', nights: 'NI' }[
        (m[2] ?? '').toLowerCase()
      ];
      return n === undefined || code === undefined ? null : { type: 'SET', value: `XXXX-WXX-${n}T${code}` };
    },
  },
  {
    name: 'set-adverb',
    pattern: wordPattern(Object.keys(SET_ADVERBS).join('|')),
    build(m, ctx) {
      const word = (m[0] ?? '').toLowerCase();
      // Before a noun these are adjectives. The frequent ones still name a recurrence the
      // annotated news tags ("a daily rally", "weekly applications"); the business ones do not
      // ("quarterly dividend", "annually adjusted").
      const next = /^\s+([a-z]+)/.exec(ctx.text.slice(ctx.end, ctx.end + 20))?.[1];
      if (
        next !== undefined &&
        !FUNCTION_WORDS.has(next) &&
        !AUXILIARIES.has(next) &&
        !RECURRENCE_ADJECTIVES.has(word)
      )
        return null;
      const value = SET_ADVERBS[word];
      return value === undefined ? null : { type: 'SET', value };
    },
  },
  {
    name: 'set-frequency',
    // "twice a year", "three times a week", "five nights a week": how often is part of the
    // expression. After a price or a count ("$5 a month", "120 flights a day") only "a month" is.
    pattern: wordPattern(
      `(?:(?:once|twice|thrice|(?:${NUMBER}) (?:times|nights|days|evenings|mornings)) )?(?:a|per) (hour|day|week|month|year)`,
    ),
    build(m, ctx) {
      if (/^(?:once|twice|thrice|\S+ (?:times|nights|days|evenings|mornings)) /i.test(m[0])) {
        const value = durationValue(1, m[1] ?? '');
        return value === null ? null : { type: 'SET', value };
      }
      const before = ctx.text.slice(Math.max(0, ctx.start - 24), ctx.start);
      // A rate: "three times a week", "5% a year", or a count of things ("120 flights a day").
      if (
        !/(?:\btimes|\btwice|\bonce|\bthrice|%|\bpercent|\bcents?|\bdollars?|\b(?:million|billion|trillion)|\d)\s*$/i.test(
          before,
        ) &&
        !/(?:\d|\b(?:hundred|thousand|million|billion|dozen))\s+[a-z]+s\s+$/i.test(before)
      )
        return null;
      const value = durationValue(1, m[1] ?? '');
      return value === null ? null : { type: 'SET', value };
    },
  },
  {
    name: 'duration-half',
    // "half an hour", "half a century", "a half-hour": a fraction TimeML writes one unit down.
    pattern: wordPattern(`(?:(?:a|one) )?half(?: of)?(?: an?| the)? (${UNIT})|(?:a |one )?half-(${UNIT})`),
    build(m) {
      const unit = m[1] ?? m[2] ?? '';
      // "half the years" is a share of a count, not a length.
      if (/s$/i.test(unit)) return null;
      const value = durationValue(0.5, unit);
      return value === null ? null : { type: 'DURATION', value };
    },
  },
  {
    name: 'duration-unit-long',
    // "a week-long festival", "the day-long strike": one unit, written as an adjective.
    pattern: wordPattern(`(hour|day|week|month|year|decade|century)[- ]long`),
    build(m) {
      const value = durationValue(1, m[1] ?? '');
      return value === null ? null : { type: 'DURATION', value };
    },
  },
  {
    name: 'duration-compound',
    // "4 hours, 57 minutes", "two years and three months": one length in two units.
    pattern: wordPattern(
      `(${NUMBER}) (years?|months?|weeks?|days?|hours?|minutes?),? (?:and )?(${NUMBER}) (months?|weeks?|days?|hours?|minutes?|seconds?)`,
    ),
    build(m) {
      // "30 minutes a day", "a week, 24 hours a day": a rate or a list, not one length.
      if (!/\band\b/.test(m[0]) && (/^an?$/i.test(m[1] ?? '') || /^an?$/i.test(m[3] ?? ''))) return null;
      const first = parseNumber(m[1] ?? '');
      const second = parseNumber(m[3] ?? '');
      const a = UNITS[unitKey(m[2] ?? '')];
      const b = UNITS[unitKey(m[4] ?? '')];
      if (first === null || second === null || !a || !b || a.code === b.code) return null;
      if (!Number.isInteger(first) || !Number.isInteger(second)) return null;
      // Date units and clock units are written apart: P2Y3M, PT4H57M, P1DT6H.
      const datePart = (n: number, u: typeof a) => (u.time ? '' : `${n}${u.code}`);
      const timePart = (n: number, u: typeof a) => (u.time ? `${n}${u.code}` : '');
      const date = datePart(first, a) + datePart(second, b);
      const time = timePart(first, a) + timePart(second, b);
      return { type: 'DURATION', value: `P${date}${time ? `T${time}` : ''}` };
    },
  },
  {
    name: 'duration-adjective',
    // "a two-day trip", "30-year bonds", "an 8-month-old baby", "two-hour".
    pattern: wordPattern(`(${NUMBER}|several|multi)-(${UNIT})(?:-(?:old|long))?`),
    build(m, ctx) {
      if (isNotADuration(m[0], ctx.text, ctx.end)) return null;
      // "a 6-year-old boy" is an age, which TimeML leaves untagged.
      if (/-old$/i.test(m[0])) return null;
      const raw = (m[1] ?? '').toLowerCase();
      const n = raw === 'several' || raw === 'multi' ? null : parseNumber(raw);
      if (n === null && raw !== 'several' && raw !== 'multi') return null;
      const value = durationValue(n, m[2] ?? '');
      return value === null ? null : { type: 'DURATION', value };
    },
  },
  {
    name: 'duration',
    pattern: wordPattern(
      `(?:${DETERMINER} )?(?:(${POSITION}) )?(${NUMBER}|${VAGUE})(?: (?:and )?(a half))?[ -](?:${FILLER} )?(${UNIT})(?: and a half)?(?: or so)?`,
    ),
    build(m, ctx) {
      if (isNotADuration(m[0], ctx.text, ctx.end)) return null;
      // "the third storm in as many weeks" counts storms, not weeks.
      if (/^many\b/i.test(m[0]) && /\bas\s+$/i.test(ctx.text.slice(Math.max(0, ctx.start - 4), ctx.start)))
        return null;
      const rawNumber = (m[2] ?? '').toLowerCase();
      let n: number | null = new RegExp(`^${VAGUE}$`, 'i').test(rawNumber) ? null : parseNumber(rawNumber);
      if (n === null && !new RegExp(`^${VAGUE}$`, 'i').test(rawNumber)) return null;
      if (/^\d{4}$/.test(rawNumber)) return null;
      if (/couple/.test(rawNumber)) n = 2;
      if (/^a dozen/.test(rawNumber)) n = 12;
      if (n !== null && (m[3] !== undefined || /and a half$/i.test(m[0]))) n += 0.5;
      const unit = m[4] ?? '';
      // "a quarter past six" tells the time.
      if (
        /^quarter$/i.test(unit) &&
        /^\s+(?:past|to|after|till)\b/i.test(ctx.text.slice(ctx.end, ctx.end + 8))
      )
        return null;
      // "the weekend" and "a night" read better as dates; "one day" alone is often "someday".
      if (/^weekends?$/i.test(unit)) return null;
      const value = durationValue(n, unit);
      if (value === null) return null;
      const draft: Draft = { type: 'DURATION', value };
      // "expected to last two hours": "last" is the verb there, not "the last two hours".
      if (
        /^last /i.test(m[0]) &&
        /\b(?:to|will|would|could|may|might|can|should|must|did|does|do|not)\s+$/i.test(
          ctx.text.slice(Math.max(0, ctx.start - 8), ctx.start),
        )
      )
        draft.trimStart = 5;
      // "the two-week trip", "the previous four-year contract": TimeML keeps the words before an
      // adjectival duration out of it.
      const joint = m[0].toLowerCase().lastIndexOf(`${rawNumber}-`);
      if (joint > 0 && /^\S+-\S+$/.test(m[0].slice(joint))) draft.trimStart = joint;
      if (/ or so$/i.test(m[0])) draft.mod = 'APPROX';
      return draft;
    },
  },
  {
    name: 'duration-vague-plural',
    // "recent years", "the past few weeks", "coming months" stay DURATION PX?: the cleaned data is
    // split almost evenly between this and PAST_REF/FUTURE_REF even after "in" (about 10 against 8),
    // the guidelines give no rule that separates them, and HeidelTime's English duration rules
    // read "recent"/"coming" + plural unit as PX?. A bare "recent"/"soon" is the REF form.
    // "for years", "in recent months", "the coming weeks", "centuries".
    pattern: wordPattern(
      `(?:the )?(?:(recent|past|coming|next|last|previous|following|ensuing|early|first) (?:few |several )?)?(years|months|weeks|days|hours|minutes|decades|centuries)(?: (ahead|to come))?`,
    ),
    build(m, ctx) {
      const unit = m[2] ?? '';
      // "days" after a number was a duration rule's job; a bare "hours" after "office" is not time.
      const before = ctx.text.slice(Math.max(0, ctx.start - 12), ctx.start);
      if (/\d\s*$/.test(before) || /\bas many\s+$/i.test(before)) return null;

      if (
        m[1] === undefined &&
        m[3] === undefined &&
        /^(?:hours|minutes|days)$/i.test(unit) &&
        !/\b(?:for|in|within|over|during|the)\s+$/i.test(before)
      ) {
        return null;
      }
      const value = durationValue(null, unit);
      return value === null ? null : { type: 'DURATION', value };
    },
  },
];
