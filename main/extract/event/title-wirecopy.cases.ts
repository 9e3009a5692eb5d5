/**
 * Wire-style sentences written for this test (politics, business, disasters, sport, courts), each
 * with the headline a careful editor would write and what makes a generated title acceptable.
 * Shared by title-wirecopy.test.ts and ad hoc checks (`npx tsx`), so it imports no test runner.
 */
import { extractEvents } from './extract';
import type { ExtractedEvent } from '../types';
import { readVerb } from './verbs';

/** One acceptable reading: the subject's head word (null: no subject) and the verb's lemma (null: any). */
export interface Reading {
  subject: string | null;
  verb: string | null;
}

/** One sentence (or two, for a pronoun) with its editor's title and what makes a title acceptable. */
export interface WireCase {
  /** Short name of what the case exercises. */
  name: string;
  text: string;
  publishedAt: string;
  /** Start of the event to judge; by default the first event of the text's last sentence. */
  date?: string;
  /** What an editor would write; shown beside the generated title, never compared word for word. */
  editor: string;
  /** Readings that make the title acceptable (any one suffices). */
  accept: Reading[];
}

const FRI = '2024-03-15';

/**
 * The case builder every title table uses: name, text, the editor's headline and the readings it
 * accepts, for articles published on `publishedAt` unless a case says otherwise.
 */
export function caseBuilder(publishedAt: string) {
  return (
    name: string,
    text: string,
    editor: string,
    accept: Reading[],
    extra: Partial<WireCase> = {},
  ): WireCase => ({
    name,
    text,
    publishedAt,
    editor,
    accept,
    ...extra,
  });
}

/** A reading a title may give: its subject's head word and its verb's lemma. */
export function reading(subject: string | null, verb: string | null): Reading {
  return { subject, verb };
}

const c = caseBuilder(FRI);
const r = reading;

/** The table: written for this test, not taken from any article. */
export const WIRE_CASES: WireCase[] = [
  // Politics
  c(
    'titled subject, coordinated verbs',
    'Prime Minister Lena Okafor dissolved parliament on Tuesday and called an early election.',
    'Okafor dissolves parliament',
    [r('Okafor', 'dissolve')],
  ),
  c('plain passive', 'The talks were postponed until Friday.', 'Talks postponed', [r('talks', 'postpone')], {
    publishedAt: '2024-03-13',
  }),
  c(
    'reported speech with a possessive subject',
    'Opposition leader Tomas Varga said on Tuesday that his party would boycott the vote.',
    'Varga’s party to boycott vote',
    [r('party', 'boycott')],
  ),
  c(
    'dateline with region and agency',
    'SEOUL, South Korea (AP) — The governing party on Thursday picked a new leader after weeks of infighting.',
    'Governing party picks new leader',
    [r('party', 'pick')],
  ),
  c(
    'trailing participle clause',
    'Lawmakers approved the budget on Wednesday, ending a month-long standoff.',
    'Lawmakers approve budget',
    [r('lawmakers', 'approve')],
  ),
  c(
    'who-clause between subject and verb',
    'The senator, who had served three terms, announced his retirement on Monday.',
    'Senator announces retirement',
    [r('senator', 'announce')],
  ),
  c(
    'pronoun with a titled antecedent in the previous sentence',
    'Interior Minister Paul Renard toured the flooded town on Monday. He promised on Tuesday to rebuild the bridge within a year.',
    'Renard promises to rebuild bridge',
    [r('Renard', 'promise'), r('Renard', 'rebuild')],
    { date: '2024-03-12' },
  ),
  c(
    'pronoun without antecedent',
    'He resigned on Wednesday after a row over expenses.',
    'Resigns after row over expenses',
    [r(null, 'resign')],
  ),
  c(
    'which-clause with a parenthetical report (the known bad case)',
    "Officials are preparing for a second summit, which Moon's office said could happen in September.",
    'Second summit could happen',
    [r('summit', 'happen'), r('summit', null)],
    { date: '2024-09-01' },
  ),
  c(
    'which-clause with a parenthetical report, unknown names',
    'The two governments are preparing a new round of talks, which the foreign ministry said could begin in September.',
    'New round of talks could begin',
    [r('round', 'begin'), r('talks', 'begin')],
    { date: '2024-09-01' },
  ),
  c(
    'future event, report at the end',
    'Voters in the northern province will elect a new governor next month, the electoral commission said on Monday.',
    'Voters to elect new governor',
    [r('voters', 'elect')],
    { date: '2024-04-01' },
  ),
  c(
    'told reporters that',
    "The president's spokesman told reporters on Friday that the cabinet would meet again next week.",
    'Cabinet to meet again',
    [r('cabinet', 'meet')],
    { date: FRI },
  ),
  c(
    'leading adverbial phrase',
    'In a surprise move, the central bank cut interest rates on Thursday.',
    'Central bank cuts interest rates',
    [r('bank', 'cut')],
  ),
  c(
    'which-clause as subject of a plan',
    'The election, which officials said could be delayed by the floods, is due to take place in May.',
    'Election due in May',
    [r('election', null)],
    { date: '2024-05-01' },
  ),
  // Business
  c(
    'company says it will',
    'Halvorsen Foods said on Tuesday it would cut 400 jobs by the end of the year.',
    'Halvorsen Foods to cut 400 jobs',
    [r('Halvorsen', 'cut'), r('Foods', 'cut')],
    { date: '2024-03-12' },
  ),
  c(
    'subject with of-phrase',
    'Shares of Brightwater Energy fell 12 percent on Monday after the company lowered its profit forecast.',
    'Brightwater Energy shares fall 12 percent',
    [r('shares', 'fall')],
  ),
  c(
    'passive with agent',
    'The merger was approved by regulators on Wednesday.',
    'Merger approved by regulators',
    [r('merger', 'approve')],
  ),
  c(
    'who-clause with its own date',
    'Chief executive Anna Berg, who founded the firm in 2009, will step down in June, the company announced on Thursday.',
    'Berg to step down',
    [r('Berg', 'step')],
    { date: '2024-06-01' },
  ),
  c(
    'who-clause dated itself',
    'Chief executive Anna Berg, who founded the firm in 2009, will step down in June, the company announced on Thursday.',
    'Berg founded firm',
    [r('Berg', 'found')],
    { date: '2009-01-01' },
  ),
  c(
    'vote to do',
    'Union members voted on Sunday to accept the pay offer, ending a three-week strike.',
    'Union members vote to accept pay offer',
    [r('members', 'vote'), r('members', 'accept')],
  ),
  c(
    'which-clause before the verb',
    'The airline, which has struggled since the pandemic, filed for bankruptcy protection on Tuesday.',
    'Airline files for bankruptcy protection',
    [r('airline', 'file')],
    { date: '2024-03-12' },
  ),
  c(
    'statistic with a trailing report',
    'Retail sales rose 0.4 percent in February, the statistics office said on Thursday.',
    'Retail sales rise 0.4 percent',
    [r('sales', 'rise')],
    { date: '2024-02-01' },
  ),
  c(
    'leading date phrase',
    'Last year, the carmaker recalled 80,000 vehicles over faulty brakes.',
    'Carmaker recalls 80,000 vehicles',
    [r('carmaker', 'recall')],
  ),
  c(
    'report that with a passive content clause',
    'Prosecutors said on Tuesday that the suspect had been charged with three counts of fraud.',
    'Suspect charged with three counts of fraud',
    [r('suspect', 'charge')],
  ),
  // Disasters
  c(
    'earthquake with trailing report',
    'A magnitude 6.1 earthquake struck off the northern coast early on Saturday, the geological survey said.',
    'Magnitude 6.1 earthquake strikes off northern coast',
    [r('earthquake', 'strike')],
    { publishedAt: '2024-03-17' },
  ),
  c(
    'passive casualties with a when-clause',
    'At least 12 people were killed when a bus plunged into a ravine on Monday.',
    'At least 12 killed as bus plunges into ravine',
    [r('people', 'kill'), r('bus', 'plunge')],
  ),
  c(
    'after-clause with a pronoun',
    'Firefighters contained the blaze on Wednesday after it had burned for four days.',
    'Firefighters contain blaze',
    [r('firefighters', 'contain')],
  ),
  c(
    'flood verb outside the diplomatic lexicon',
    'The river burst its banks overnight on Tuesday, forcing hundreds of families from their homes.',
    'River bursts its banks',
    [r('river', 'burst')],
  ),
  c(
    'rescue with trailing report',
    'Rescue teams pulled two survivors from the rubble on Thursday, officials said.',
    'Rescue teams pull two survivors from rubble',
    [r('teams', 'pull')],
  ),
  c('expected to', 'The storm is expected to make landfall on Sunday.', 'Storm to make landfall', [
    r('storm', 'make'),
  ]),
  c(
    'passive with an as-clause',
    "Flights were cancelled at the city's main airport on Friday as snow blanketed the region.",
    'Flights cancelled at main airport',
    [r('flights', 'cancel')],
  ),
  c(
    'it without a person antecedent',
    'Authorities ordered the evacuation of three villages near the volcano on Monday. It erupted on Tuesday.',
    'Volcano erupts',
    [r('volcano', 'erupt'), r(null, 'erupt')],
    { date: '2024-03-12' },
  ),
  // Sport
  c(
    'job title before a name',
    'Striker Jonas Lind scored twice on Saturday as Riverside beat the league leaders 3-1.',
    'Lind scores twice',
    [r('Lind', 'score')],
    { publishedAt: '2024-03-17' },
  ),
  c(
    'sacked after',
    'The club sacked its head coach on Monday after a run of seven defeats.',
    'Club sacks head coach',
    [r('club', 'sack')],
  ),
  c(
    'which-clause and a passive move',
    'The final, which had been scheduled for Saturday, was moved to March 17 because of the storm.',
    'Final moved to March 17',
    [r('final', 'move')],
    { date: '2024-03-17' },
  ),
  c(
    'which-clause with a plan participle',
    'The final, which had been scheduled for Saturday, was moved to March 17 because of the storm.',
    'Final',
    [r('final', null)],
    { date: '2024-03-16' },
  ),
  c(
    'pronoun with an untitled name in the previous sentence',
    'Sprinter Ada Mensah arrived in the city on Monday. She won the 200 metres final on Thursday.',
    'Mensah wins 200 metres final',
    [r('Mensah', 'win')],
    { date: '2024-03-14' },
  ),
  c(
    'confirmed that … will go ahead',
    'Organisers confirmed on Wednesday that the marathon will go ahead on Sunday despite the heat.',
    'Marathon to go ahead',
    [r('marathon', 'go'), r('marathon', null)],
    { date: '2024-03-17' },
  ),
  c(
    'withdrew with an injury',
    'Twice champion Marta Silva withdrew from the tournament on Tuesday with a knee injury.',
    'Silva withdraws from tournament',
    [r('Silva', 'withdraw')],
  ),
  c(
    'future fixture',
    'The national team will face Brazil in a friendly on June 4.',
    'National team to face Brazil in friendly',
    [r('team', 'face')],
  ),
  c(
    'abandoned match',
    'The match was abandoned in the second half on Saturday after floodlights failed.',
    'Match abandoned',
    [r('match', 'abandon')],
    { publishedAt: '2024-03-17' },
  ),
  // Courts
  c(
    'date between subject and verb',
    'A federal judge on Monday blocked the new asylum rules from taking effect.',
    'Federal judge blocks new asylum rules',
    [r('judge', 'block')],
  ),
  c(
    'sentenced',
    'The former mayor was sentenced to six years in prison on Thursday for taking bribes.',
    'Former mayor sentenced to six years in prison',
    [r('mayor', 'sentence')],
  ),
  c(
    'jury with a which-clause',
    'The jury, which deliberated for two days, found the defendant guilty on Friday.',
    'Jury finds defendant guilty',
    [r('jury', 'find')],
  ),
  c(
    'agreed to hear',
    'The Supreme Court agreed on Monday to hear a challenge to the voting law.',
    'Supreme Court agrees to hear challenge to voting law',
    [r('Court', 'agree'), r('Court', 'hear')],
  ),
  c(
    'which-clause with a date, then a postponement',
    'The trial, which was due to start on Monday, has been postponed until September.',
    'Trial postponed until September',
    [r('trial', 'postpone'), r('trial', null)],
    { date: '2024-09-01' },
  ),
  c(
    'argued that (the argument is the news)',
    'Defence lawyers for Mr. Ortega argued on Wednesday that the evidence had been obtained illegally.',
    'Ortega’s lawyers say evidence was obtained illegally',
    [r('lawyers', 'argue'), r('lawyers', 'say')],
  ),
  c(
    'pronoun without a named antecedent, trailing report',
    'Police are searching the hills for a prisoner who escaped last week. He was arrested on Saturday at a border crossing, police said.',
    'Arrested at border crossing',
    [r(null, 'arrest')],
    { date: '2024-03-09' },
  ),
  c(
    'lawyers for a company with a which-clause',
    'Lawyers for the company, which denies wrongdoing, will appeal the ruling next week.',
    'Company lawyers to appeal ruling',
    [r('lawyers', 'appeal')],
  ),
  // Datelines and leading adverbials
  c(
    'agency dateline with a hyphen',
    'WASHINGTON (Reuters) - The Senate passed the spending bill late on Thursday, averting a shutdown.',
    'Senate passes spending bill',
    [r('Senate', 'pass')],
  ),
  c(
    'dateline with a date, report at the end',
    'LONDON, March 14 — Mortgage rates fell for a third straight week, a lender said on Thursday.',
    'Mortgage rates fall for third straight week',
    [r('rates', 'fall')],
  ),
  c(
    'earlier on, says it had',
    'Earlier on Tuesday, the navy said it had rescued 40 migrants off the coast.',
    'Navy rescues 40 migrants off coast',
    [r('navy', 'rescue')],
  ),
  c(
    'after a phrase, the two sides',
    'After two days of negotiations, the two sides signed a ceasefire on Sunday.',
    'Two sides sign ceasefire',
    [r('sides', 'sign')],
    { publishedAt: '2024-03-17' },
  ),
  c(
    'two leading phrases',
    'On Monday, in a statement posted online, the ministry announced new restrictions on fishing.',
    'Ministry announces new restrictions on fishing',
    [r('ministry', 'announce')],
  ),
  c(
    "dateline, country's parliament",
    "NAIROBI, Kenya (AP) — Kenya's parliament on Tuesday approved a controversial tax bill.",
    'Kenya’s parliament approves tax bill',
    [r('parliament', 'approve')],
  ),
  c(
    'according to',
    'According to police, the gunman opened fire at a shopping centre on Saturday.',
    'Gunman opens fire at shopping centre',
    [r('gunman', 'open')],
    { date: '2024-03-09' },
  ),
  // Relative clauses and passives
  c(
    'that-clause dated itself',
    'The bridge that collapsed on Tuesday had been inspected in January.',
    'Bridge collapses',
    [r('bridge', 'collapse')],
    { date: '2024-03-12' },
  ),
  c(
    'main verb after a that-clause',
    'The bridge that collapsed on Tuesday had been inspected in January.',
    'Bridge inspected',
    [r('bridge', 'inspect')],
    { date: '2024-01-01' },
  ),
  c(
    'who-clause as a restrictive modifier',
    'Residents who fled the fighting began returning home on Monday.',
    'Residents begin returning home',
    [r('residents', 'begin'), r('residents', 'return')],
  ),
  c(
    'passive plural',
    'Two suspects were detained on Wednesday in connection with the robbery.',
    'Two suspects detained',
    [r('suspects', 'detain')],
  ),
  c(
    'future passive',
    'The museum will be reopened to the public in May after a two-year renovation.',
    'Museum to be reopened',
    [r('museum', 'reopen')],
    { date: '2024-05-01' },
  ),
  c('phrasal passive', 'A new prime minister was sworn in on Tuesday.', 'New prime minister sworn in', [
    r('minister', 'swear'),
  ]),
];

const PRONOUNS = new Set([
  'he',
  'she',
  'it',
  'they',
  'we',
  'i',
  'you',
  'who',
  'which',
  'that',
  'his',
  'her',
  'its',
]);
const SAY_FORMS = new Set(['say', 'says', 'said', 'tell', 'tells', 'told', 'saying']);
// Words a headline never has: tensed auxiliaries belong to the sentence, not the headline.
const AUXILIARIES = new Set(['was', 'were', 'had', 'been', 'would', 'did']);
// Words a headline never ends on: they promise a phrase that was cut off.
const OPEN_ENDINGS = new Set([
  'a',
  'an',
  'the',
  'of',
  'to',
  'in',
  'on',
  'at',
  'for',
  'with',
  'from',
  'by',
  'and',
  'or',
  'off',
  'new',
  'early',
  'late',
  'his',
  'her',
  'its',
  'their',
]);
const MAX_WORDS = 10;
// Particles that may close a phrasal verb: "sworn in", "called off".
const PARTICLES = new Set(['in', 'up', 'off', 'out', 'down', 'over', 'back', 'ahead', 'away']);
/** The event a case judges: the one starting on its date, else the first of its last sentence. */
export function eventOf(wire: WireCase, events: ExtractedEvent[]): ExtractedEvent | undefined {
  if (wire.date) return events.find((event) => event.interval.start.slice(0, 10) === wire.date);
  const lastQuote = events[events.length - 1]?.mention.quote;
  return events.find((event) => event.mention.quote === lastQuote);
}

function isVerbOf(word: string, lemma: string): boolean {
  const lower = word.toLowerCase();
  if (lower === lemma || readVerb(lower).some((reading) => reading.base === lemma)) return true;
  return [`${lemma}s`, `${lemma}es`, `${lemma}d`, `${lemma}ed`].includes(lower);
}

/**
 * Why a title is not acceptable for a reading, or null when it is. Acceptable means all of:
 * - at most ten words, not starting with a pronoun, no tensed auxiliary (was, were, had, been,
 *   would, did), not ending on an article, a preposition, "new", "early"/"late" or a verb of saying;
 * - the verb's lemma is a word of the title in some form (unless the reading names no verb);
 * - the subject's head is a word of the title before that verb, with no verb of saying before it
 *   (so "X says Y would do Z" is not a title about Y); for a reading without a subject, the title
 *   starts with the verb;
 * - a lower-case plural head ("teams") does not take an -s verb, nor a singular one a bare verb.
 */
export function judgeReading(title: string, reading: Reading): string | null {
  const words = title
    .split(/\s+/)
    .map((word) => word.replace(/(?:'s|’s)$/, '').replace(/[^\w.-]/g, ''))
    .filter((word) => word !== '');
  const lower = words.map((word) => word.toLowerCase());
  if (words.length === 0) return 'empty';
  if (words.length > MAX_WORDS) return 'too long';
  if (PRONOUNS.has(lower[0] as string)) return 'pronoun subject';
  const last = lower[lower.length - 1] as string;
  // A particle after its verb closes the phrase ("sworn in").
  const particle = PARTICLES.has(last) && readVerb(lower[lower.length - 2] ?? '').length > 0;
  if (SAY_FORMS.has(last)) return "dangling 'said'";
  if (OPEN_ENDINGS.has(last) && !particle) return `ends on '${last}'`;
  const auxiliary = lower.find((word) => AUXILIARIES.has(word));
  if (auxiliary) return `auxiliary '${auxiliary}'`;
  const verb = reading.verb;
  const verbAt = verb === null ? -1 : words.findIndex((word) => isVerbOf(word, verb));
  if (verb !== null && verbAt === -1) return `no verb '${verb}'`;
  if (reading.subject === null)
    return verbAt === 0 || (verbAt === 1 && lower[0] === 'to') ? null : 'subject present';
  const subjectAt = lower.indexOf(reading.subject.toLowerCase());
  if (subjectAt === -1) return `no subject '${reading.subject}'`;
  if (verbAt !== -1 && subjectAt > verbAt) return 'subject after verb';
  if (lower.slice(0, subjectAt).some((word) => SAY_FORMS.has(word))) return 'reporter before subject';
  if (verb !== null && /^[a-z]+$/.test(reading.subject)) {
    const head = lower[subjectAt] as string;
    const plural = /[^su]s$/.test(head) || ['people', 'police'].includes(head);
    const form = lower[verbAt] as string;
    // "Hearing set", "Jobs cut": a participle that looks like the bare verb is no agreement error.
    const bare =
      form === verb &&
      !['to', 'could', 'may', 'might', 'will', 'must', 'should', 'can'].includes(lower[verbAt - 1] ?? '') &&
      !readVerb(form).some((reading) => reading.form === 'participle');
    if (plural && form !== verb && /s$/.test(form) && !/ss$/.test(form))
      return 'plural subject, singular verb';
    if (!plural && bare) return 'singular subject, plural verb';
  }
  return null;
}

/** The generated title of a case, and null when it is acceptable or the reason it is not. */
export function judgeCase(wire: WireCase): { title: string | null; problem: string | null } {
  const events = extractEvents({ text: wire.text, publishedAt: wire.publishedAt });
  const event = eventOf(wire, events);
  if (!event) return { title: null, problem: 'no event' };
  const problems = wire.accept.map((reading) => judgeReading(event.title, reading));
  return { title: event.title, problem: problems.includes(null) ? null : (problems[0] ?? 'no reading') };
}
