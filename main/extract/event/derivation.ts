/**
 * The derivation of a date in words, so a reader can check how a phrase became a date:
 * `"last month", in an article published 7 July 2018 → June 2018`.
 */
import { formatDay, formatInterval } from '../../common/format-date';
import type { DateInterval, Timex } from '../../common/model';

const MONTH_OR_DAY_NAME =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const RELATIVE_WORDS =
  /\b(?:last|next|this|past|previous|coming|ago|earlier|later|yesterday|today|tomorrow|tonight|before|after|following|recent|current)\b/i;

function quoted(text: string): string {
  return `"${text.replace(/\s+/g, ' ').trim()}"`;
}

/** Explains how a timex became `interval`, given the article's date. */
export function describeDerivation(timex: Timex, interval: DateInterval, publishedAt: string): string {
  const result = formatInterval(interval, { withCertainty: true });
  const phrase = quoted(timex.text);
  if (/\b\d{4}s?\b/.test(timex.text) && !RELATIVE_WORDS.test(timex.text))
    return `${phrase} (absolute date) → ${result}`;
  const articleYear = publishedAt.slice(0, 4);
  if (MONTH_OR_DAY_NAME.test(timex.text) && !RELATIVE_WORDS.test(timex.text)) {
    const year = interval.start.slice(0, 4);
    const how =
      year === articleYear
        ? `year from the article's date ${articleYear}`
        : `year ${year} chosen from the article's date ${articleYear} and the verb tense`;
    return `${phrase} (absolute date, ${how}) → ${result}`;
  }
  const anchor = timex.anchor ?? publishedAt;
  if (anchor !== publishedAt)
    return `${phrase}, counted from ${formatDay(anchor)} (the date the text last moved to) → ${result}`;
  return `${phrase}, in an article published ${formatDay(publishedAt)} → ${result}`;
}

/** Explains a date stretched by a duration: `"a two-day trip … today", in an article … → 6–7 July 2018`. */
export function describeDurationDerivation(
  durationPhrase: string,
  timex: Timex,
  interval: DateInterval,
  publishedAt: string,
): string {
  const inner = describeDerivation(timex, interval, publishedAt);
  const phrase = `${quoted(durationPhrase).slice(0, -1)} … ${timex.text.trim()}"`;
  return inner.replace(quoted(timex.text), phrase);
}
