/**
 * Publication dates as metadata gives them (ISO dates, date-times with zones, "July 7, 2018").
 */
import { isIsoDate } from '../../common/dates';
import { parseFullDate } from '../../extract/published';

/**
 * `YYYY-MM-DD`, or `YYYY-MM-DDTHH:MM` (local to the outlet) when metadata gives a time, or null when unreadable.
 * A time is kept because "with a time where known" is part of the export contract.
 */
export function normalizePublished(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  const isoDay = /^(\d{4}-\d{2}-\d{2})$/.exec(text);
  if (isoDay?.[1]) return isIsoDate(isoDay[1]) ? isoDay[1] : null;
  const isoTime = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(
    text,
  );
  if (isoTime?.[1]) {
    // The local date and time as the outlet wrote them: "today" in the article means that day,
    // whatever it was in UTC.
    if (!isIsoDate(isoTime[1]) || Number(isoTime[2]) > 23 || Number(isoTime[3]) > 59) return null;
    return `${isoTime[1]}T${isoTime[2]}:${isoTime[3]}`;
  }
  return parseFullDate(text);
}
