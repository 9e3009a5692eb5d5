/**
 * Finds people, places and organizations in a sentence: the gazetteer first, then generic rules for
 * names it does not know (a capitalized name after a title such as "President" or "Mr.", a
 * capitalized word after "in", an organization named by its suffix such as "Ministry").
 */
import type { EntityKind } from '../../common/model';
import { findAliases } from './gazetteer';
import { MONTH_NAMES } from '../../common/format-date';

/** An entity found in a text, with offsets into that text. */
export interface EntityMention {
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  kind: EntityKind;
  /** Headline form ("Pompeo"). */
  short: string;
  /** For a capital city: the country it stands for when it acts ("Pyongyang said"). */
  government?: string;
  country?: boolean;
}

const CALENDAR_WORDS = new Set([
  ...MONTH_NAMES,
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Christmas',
  'Easter',
  // Capitalized function words are not names either ("at The", "in This").
  'The',
  'A',
  'An',
  'This',
  'That',
  'These',
  'Those',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'Early',
  'Late',
  'Mid',
  'Next',
  'Last',
]);

// A name part: "Pompeo", "Jae-in", "O'Brien", "J."
const NAME_PART = String.raw`(?:[A-Z][a-z]+(?:[-'’][A-Za-z]+)*|[A-Z]\.)`;
const NAME = String.raw`${NAME_PART}(?:\s+${NAME_PART}){0,3}`;
const TITLE = String.raw`(?:President|Vice President|Secretary(?:\s+of\s+(?:State|Defense|the\s+Treasury|Commerce))?|(?:Prime|Foreign|Defense|Unification|Deputy)\s+Minister|Minister|Chairman|Chairwoman|Ambassador|Envoy|Senator|Sen\.|Representative|Rep\.|Governor|Gov\.|General|Gen\.|Lt\.\s+Gen\.|Admiral|Adm\.|Mr\.|Ms\.|Mrs\.|Dr\.|Premier|King|Queen|Pope|spokesman|spokeswoman|spokesperson|leader)`;
const TITLED_NAME = new RegExp(String.raw`\b${TITLE}\s+(${NAME})`, 'g');
const PLACE_AFTER_PREPOSITION = new RegExp(
  String.raw`\b(?:in|at|near|from|to)\s+(${NAME_PART}(?:\s+${NAME_PART}){0,2})`,
  'g',
);
const ORGANIZATION_SUFFIX = new RegExp(
  String.raw`\b((?:[A-Z][a-z]+\s+){0,4}(?:Ministry|Department|Agency|Council|Committee|Party|Command|Forces|Commission|Institute|University|Office|Assembly|Parliament|Bank|Army|Navy)(?:\s+of(?:\s+the)?\s+(?:[A-Z][a-z]+\s?){1,3})?)`,
  'g',
);

/** Entities in `text`, in text order, without overlaps (the gazetteer wins over generic rules). */
export function findEntities(text: string): EntityMention[] {
  const found: EntityMention[] = findAliases(text).map(({ start, end, entry }) => {
    const mention: EntityMention = {
      start,
      end,
      name: entry.name,
      kind: entry.kind,
      short: entry.short ?? entry.name,
    };
    if (entry.government) mention.government = entry.government;
    if (entry.country) mention.country = true;
    return mention;
  });
  const overlaps = (start: number, end: number) =>
    found.some((other) => start < other.end && other.start < end);
  const add = (start: number, end: number, kind: EntityKind) => {
    const name = text.slice(start, end).trim();
    if (overlaps(start, end) || CALENDAR_WORDS.has(name.split(/\s+/)[0] ?? '')) return;
    const short = kind === 'person' ? (name.split(/\s+/).pop() ?? name) : name;
    found.push({ start, end, name, kind, short });
  };
  for (const match of text.matchAll(TITLED_NAME)) {
    const name = trimNameTail(match[1] as string);
    const start = match.index + match[0].length - (match[1] as string).length;
    // A titled name that partly overlaps a known alias ("Mr. Kim") is already covered by it.
    if (!overlaps(start, start + name.length)) add(start, start + name.length, 'person');
  }
  for (const match of text.matchAll(ORGANIZATION_SUFFIX)) {
    // A capitalized sentence opener is not part of the name: "The Senate Armed Services Committee".
    const raw = match[1] as string;
    const lead = /^(?:(?:The|A|An|This|That|Its|His|Her|Their)\s+)+/.exec(raw)?.[0].length ?? 0;
    const name = raw.slice(lead).trim();
    const start = match.index + lead;
    if (name.split(/\s+/).length < 2) continue; // a bare "Department" names nothing
    // The longer name wins over a known organization inside it ("Senate" in the committee's name).
    const end = start + name.length;
    const within = found.filter(
      (other) => other.start >= start && other.end <= end && other.kind === 'organization',
    );
    const others = found.filter((other) => other.start < end && start < other.end && !within.includes(other));
    if (within.length === 1 && within[0]?.start === start && within[0].end === end) continue;
    if (within.length > 0 && others.length === 0)
      for (const other of within) found.splice(found.indexOf(other), 1);
    add(start, end, 'organization');
  }
  for (const match of text.matchAll(PLACE_AFTER_PREPOSITION)) {
    const name = trimNameTail(match[1] as string);
    const start = match.index + match[0].length - (match[1] as string).length;
    if (/^[A-Z]\.$/.test(name)) continue;
    add(start, start + name.length, 'place');
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Pompeo Said" cannot happen, but "Kim On" can at a capitalized heading; and a name never ends on
// a calendar word ("in Singapore June").
function trimNameTail(name: string): string {
  const parts = name.split(/\s+/);
  while (parts.length > 1 && CALENDAR_WORDS.has((parts[parts.length - 1] as string).replace(/\.$/, '')))
    parts.pop();
  return parts.join(' ');
}

/** Whether the words just before `index` make the entity there a location ("trip to", "in"). */
export function isLocative(text: string, index: number): boolean {
  const before = text.slice(Math.max(0, index - 40), index).toLowerCase();
  return /\b(?:in|at|to|from|near|inside|into|across|outside|around|toward|towards|via|visit(?:s|ed|ing)?|enter(?:s|ed)?|cross(?:es|ed)?|left|leave|leaves|toured?|tour(?:s|ed)?|reach(?:es|ed)?)\s+(?:the\s+)?$/.test(
    before,
  );
}
