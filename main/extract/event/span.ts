/**
 * "on Thursday morning, at the end of a three-day visit": a duration that ends at a dated moment
 * names an event of its own (the visit, Tuesday to Thursday) beside the one the verb tells.
 */
import { addDays } from '../../common/dates';
import type { DateInterval, Timex } from '../../common/model';
import type { ExtractedEntity } from '../types';
import type { Candidate } from './combine';
import { describeDurationDerivation } from './derivation';
import { isLocative } from './entities';
import type { BuildInput } from './extract';
import { EVENT_NOUNS } from './keywords';

const ENDING = /\b(?:at the end of|(?:on )?the (?:last|final) day of)\s+(?:a|an|the|his|her|its|their)\s*$/i;
/** How far apart the date and the duration may be, in characters. */
const REACH = 40;

/** Whether a duration is introduced as another event that ends at a date ("at the end of a"). */
export function endsAnotherEvent(sentence: string, duration: Timex): boolean {
  return ENDING.test(sentence.slice(0, duration.start));
}

/** The event a duration ending at this date names, or null. */
export function endingSpan(input: BuildInput): Candidate | null {
  const { sentence, timex, base, publishedAt } = input;
  if (base.granularity !== 'day' || base.start !== base.end) return null;
  for (const duration of input.timexes) {
    const match = /^P(\d+)D$/.exec(duration.value);
    if (duration.type !== 'DURATION' || !match || !/-day$/i.test(duration.text)) continue;
    const days = Number(match[1]);
    if (days < 2 || days > 31) continue;
    const gap = duration.start >= timex.end ? duration.start - timex.end : timex.start - duration.end;
    if (gap < 0 || gap > REACH) continue;
    const lead = ENDING.exec(sentence.text.slice(0, duration.start));
    const noun = /^\s+([a-z]+)/.exec(sentence.text.slice(duration.end))?.[1];
    if (!lead || !noun || !EVENT_NOUNS.has(noun)) continue;
    const interval: DateInterval = { ...base, start: addDays(base.end, -(days - 1)) };
    const phrase = `${duration.text} ${noun}`;
    const people = [
      ...new Set(input.entities.filter((entity) => entity.kind === 'person').map((entity) => entity.short)),
    ].slice(0, 2);
    const title = `${people.length > 0 ? `${people.join('–')} ` : ''}${phrase}`;
    const entities: ExtractedEntity[] = input.entities
      .filter(
        (entity) =>
          entity.kind === 'person' || (entity.kind === 'place' && isLocative(sentence.text, entity.start)),
      )
      .map((entity): ExtractedEntity => ({
        name: entity.name,
        kind: entity.kind,
        role: entity.kind === 'person' ? 'actor' : 'place',
      }))
      .filter((entity, index, all) => all.findIndex((other) => other.name === entity.name) === index);
    const absolute: Timex = {
      ...timex,
      start: timex.start + sentence.start,
      end: timex.end + sentence.start,
    };
    return {
      group: null,
      timex,
      event: {
        title: title.charAt(0).toUpperCase() + title.slice(1),
        description: sentence.text.replace(/\s+/g, ' '),
        interval,
        status: interval.end <= publishedAt.slice(0, 10) ? 'occurred' : 'scheduled',
        entities,
        mention: {
          start: sentence.start,
          end: sentence.end,
          quote: sentence.text,
          timex: absolute,
          interval,
          derivation: describeDurationDerivation(
            `${lead[0].trim().split(/\s+/).pop() ?? ''} ${phrase}`.trim(),
            timex,
            interval,
            publishedAt,
          ),
        },
      },
    };
  }
  return null;
}
