/**
 * Sentences with several dates that used to repeat one event (a noun's date, a "since" landmark, a
 * bracketed restatement, coordinated dates), and verb forms and subjects that broke titles. Each
 * case lists the events it must give: their dates, in order, and what makes each title acceptable
 * (judged by judgeReading of title-wirecopy.cases.ts). Written for this test, not taken from any
 * article. Shared by title-repeats.test.ts and ad hoc checks, so it imports no test runner.
 */
import { extractEvents } from './extract';
import type { Reading } from './title-wirecopy.cases';
import { judgeReading } from './title-wirecopy.cases';

/** One expected event: its interval (end defaults to start) and acceptable title readings. */
export interface ExpectedEvent {
  start: string;
  end?: string;
  /** Readings that make the title acceptable; empty: only the date is checked. */
  accept: Reading[];
}

export interface RepeatCase {
  name: string;
  text: string;
  publishedAt: string;
  events: ExpectedEvent[];
}

const FRI = '2024-03-15';

function c(name: string, text: string, events: ExpectedEvent[], publishedAt = FRI): RepeatCase {
  return { name, text, publishedAt, events };
}

function e(start: string, subject: string | null, verb: string | null, end?: string): ExpectedEvent {
  return { start, ...(end ? { end } : {}), accept: subject === undefined ? [] : [{ subject, verb }] };
}

/** Only the date matters. */
function d(start: string, end?: string): ExpectedEvent {
  return { start, ...(end ? { end } : {}), accept: [] };
}

/** The table. */
export const REPEAT_CASES: RepeatCase[] = [
  // A. Dates that belong to a noun, not to the verb that has its own date.
  c(
    'noun dates in a prepositional phrase after the verb’s date',
    'The board approved the merger on March 4 in reaction to the strike in January and a walkout in February.',
    // "strike" is an event noun and names its event; "walkout" is not one the lexicon knows, so
    // its date gives no event rather than the board's approval once more.
    [e('2024-03-04', 'board', 'approve'), e('2024-01-01', 'strike', null, '2024-01-31')],
  ),
  c(
    'a noun date after "following"',
    'Regulators fined the bank on Tuesday following the audit in November.',
    // "audit" names no event the lexicon knows: its date is dropped, not given to "fined".
    [e('2024-03-12', 'regulators', 'fine')],
  ),
  c(
    'noun date in a subject of a present perfect',
    'The weak jobs report on Friday has raised doubts about a rate cut.',
    [d('2024-03-15')],
  ),
  c(
    'two noun dates in the subject of a present perfect',
    'The rate hike three weeks ago and poor retail numbers on Monday have dented confidence.',
    [d('2024-02-19', '2024-02-25'), d('2024-03-11')],
  ),
  // A. "since" landmarks of comparisons.
  c('superlative since a year', 'The yen rose 3 percent on Wednesday, its biggest daily gain since 2016.', [
    e('2024-03-13', 'yen', 'rise'),
  ]),
  c(
    'lowest since a month and year',
    'Copper prices dropped on Thursday to their lowest level since October 2021.',
    [e('2024-03-14', 'prices', 'drop')],
  ),
  c('first time since', 'The club won the league on Sunday for the first time since 1998.', [
    e('2024-03-10', 'club', 'win'),
  ]),
  c('highest since, no other date', 'Inflation hit its highest rate since 1991.', []),
  c('a run since a date', 'The company has suffered a string of outages since mid-January.', []),
  // A. A bracketed restatement of the same instant.
  c('local time and GMT in brackets', 'At 10:15 a.m. EST (1515 GMT) the index was up 2 percent.', [
    d('2024-03-15T10:15'),
  ]),
  c('GMT in brackets after a time', 'The ferry capsized at 4 p.m. (0800 GMT), the coast guard said.', [
    e('2024-03-15T16:00', 'ferry', 'capsize'),
  ]),
  // A. Coordinated dates on one verb.
  c('coordinated months', 'Exports slumped in January and February before recovering in March.', [
    e('2024-01-01', 'exports', 'slump', '2024-02-29'),
    e('2024-03-01', 'exports', 'recover', '2024-03-31'),
  ]),
  c('coordinated years', 'The team reached the final in 2019 and 2021.', [
    e('2019-01-01', 'team', 'reach', '2021-12-31'),
  ]),
  c('coordinated days', 'The union walked out on Monday and Tuesday.', [
    e('2024-03-11', 'union', 'walk', '2024-03-12'),
  ]),
  c('gerund after "after" takes its own date', 'Shares sank on Monday after climbing steadily in February.', [
    e('2024-03-11', 'shares', 'sink'),
    d('2024-02-01', '2024-02-29'),
  ]),
  // A. Dates that keep their events.
  c('two verbs, two dates', 'The minister arrived on Monday and left on Wednesday.', [
    e('2024-03-11', 'minister', 'arrive'),
    e('2024-03-13', 'minister', 'leave'),
  ]),
  c(
    'a verb and a noun before it with a date',
    'Following the election in November, the parliament convened on Tuesday.',
    [d('2023-11-01', '2023-11-30'), e('2024-03-12', 'parliament', 'convene')],
  ),
  // B. Verb forms.
  c('delete', 'The clerk deleted the files on Monday.', [e('2024-03-11', 'clerk', 'delete')]),
  c('compete', 'Nine teams competed in the relay on Saturday.', [e('2024-03-09', 'teams', 'compete')]),
  c('unite', 'Rival factions united on Tuesday behind a single candidate.', [
    e('2024-03-12', 'factions', 'unite'),
  ]),
  c('cease', 'The factory ceased production on Wednesday.', [e('2024-03-13', 'factory', 'cease')]),
  c('evaluate', 'Inspectors evaluated the dam on Thursday.', [e('2024-03-14', 'inspectors', 'evaluate')]),
  c('oppose', 'The senator opposed the bill on Tuesday.', [e('2024-03-12', 'senator', 'oppose')]),
  c(
    'coordinated verb after a fronted date keeps the subject',
    'Marlow signed the contract in 2019, prosecutors said, and on the evening of June 3, 2020, deleted the records.',
    [e('2019-01-01', 'Marlow', 'sign', '2019-12-31'), e('2020-06-03', 'Marlow', 'delete')],
  ),
  // B. "Fed" as a name.
  c('Fed before a noun', 'Fed officials signaled on Wednesday that rates would stay high.', [
    e('2024-03-13', 'officials', 'signal'),
  ]),
  c('Fed funds', 'Fed funds futures priced in a cut on Tuesday.', [e('2024-03-12', 'futures', null)]),
  // B. Tokenized possessives.
  c('tokenized possessive subject', "Norland 's central bank raised rates on Thursday .", [
    e('2024-03-14', 'bank', 'raise'),
  ]),
  c(
    'tokenized possessive and a since landmark',
    "Norland 's streak of weak harvests since mid-2019 has hurt farmers .",
    [],
  ),
];

/** Why a case's events are not the expected ones, or null when they are. */
export function judgeRepeatCase(wire: RepeatCase): { titles: string[]; problem: string | null } {
  const events = extractEvents({ text: wire.text, publishedAt: wire.publishedAt });
  const titles = events.map((event) => `${event.interval.start}..${event.interval.end} ${event.title}`);
  if (events.length !== wire.events.length)
    return { titles, problem: `${events.length} events, want ${wire.events.length}` };
  for (const [index, expected] of wire.events.entries()) {
    const event = events[index];
    if (!event) return { titles, problem: `no event ${index}` };
    if (event.interval.start !== expected.start || event.interval.end !== (expected.end ?? expected.start))
      return { titles, problem: `event ${index} dated ${event.interval.start}..${event.interval.end}` };
    if (expected.accept.length === 0) continue;
    const problems = expected.accept.map((reading) => judgeReading(event.title, reading));
    if (!problems.includes(null)) return { titles, problem: `event ${index}: ${problems[0]}` };
  }
  return { titles, problem: null };
}
