/**
 * Sentences written for this table in the shapes that broke titles on fresh news text: clauses
 * joined by "and" or opened by "until", modals of obligation ("must return"), passives of plans
 * ("is set for"), participle phrases after a comma ("followed by"), reports whose content comes
 * first, deadlines ("has until Monday to"), trailing adverbs of time. No sentence is taken from an
 * article. Judged by the rules of title-wirecopy.cases.ts.
 */
import { caseBuilder, reading } from './title-wirecopy.cases';
import type { WireCase } from './title-wirecopy.cases';

const WED = '2024-05-15';

const c = caseBuilder(WED);
const r = reading;

/** The table: each sentence written for this test. */
export const FRESH_CASES: WireCase[] = [
  // A clause joined by "and": the title starts with its subject, never with the conjunction.
  c(
    'and before a second subject',
    'The mayor must present a new budget by Friday, and councillors are expected to vote on it next week.',
    'Councillors expected to vote',
    [r('councillors', 'vote')],
    { date: '2024-05-20' },
  ),
  c(
    'and before a named subject',
    'The league has not ruled on the appeal, and manager Oskar Lindgren declined on Tuesday to comment.',
    'Lindgren declines to comment',
    [r('Lindgren', 'decline')],
  ),
  c(
    'and before a plural subject in the future',
    'Ticket sales open at noon Thursday, and the two headline bands will play the main stage on Saturday.',
    'Headline bands to play main stage',
    [r('bands', 'play')],
    { date: '2024-05-18' },
  ),
  c(
    'or between two verbs',
    'The state has raised or lowered its fuel tax nine times since 2001.',
    'State raises or lowers fuel tax',
    [r('state', 'raise'), r('state', 'lower'), r(null, 'lower')],
  ),
  c(
    'and after a date phrase',
    'Shares slid on Monday, and the index closed 2 percent lower on Tuesday.',
    'Index closes 2 percent lower',
    [r('index', 'close')],
  ),
  // A subordinate clause: the title is its clause, without "until" or "unless".
  c(
    'until opening the dated clause',
    'The union said it would keep striking until the ministry withdraws the pay offer on Friday.',
    'Ministry withdraws pay offer',
    [r('ministry', 'withdraw')],
    { date: '2024-05-17' },
  ),
  c(
    'unless opening the dated clause',
    'Talks will continue unless the airline reaches a deal with pilots by Sunday.',
    'Airline reaches deal with pilots',
    [r('airline', 'reach')],
    { date: '2024-05-19' },
  ),
  // Modals of obligation and ability stay modals.
  c(
    'must with a named subject',
    'Governor Ines Carvalho must submit a revised water plan to the legislature by June 3.',
    'Carvalho must submit revised water plan',
    [r('Carvalho', 'submit')],
  ),
  c(
    'must with a common noun',
    'The contractor must finish repairs to the bridge by the end of July.',
    'Contractor must finish repairs to bridge',
    [r('contractor', 'finish')],
  ),
  c(
    'should',
    'The new terminal should open to passengers in September.',
    'New terminal should open to passengers',
    [r('terminal', 'open')],
  ),
  c(
    'can be with a passive',
    'Applications for the housing grant can be submitted from June 1.',
    'Applications can be submitted',
    [r('applications', 'submit')],
  ),
  c(
    'must also with an adverb',
    'The board must also decide by Friday whether to sell the stadium.',
    'Board must decide whether to sell stadium',
    [r('board', 'decide')],
    { date: '2024-05-17' },
  ),
  c(
    'can with an active verb',
    'From Monday, restaurants can serve up to 40 guests indoors.',
    'Restaurants can serve up to 40 guests',
    [r('restaurants', 'serve')],
    { date: '2024-05-20' },
  ),
  // Passives of plans: "is set for" is set, not "sets".
  c(
    'is set for',
    'A memorial service for the firefighters is set for 11 a.m. Saturday at the cathedral.',
    'Memorial service set for Saturday',
    [r('service', 'set')],
  ),
  c(
    'was set for, then moved',
    'The hearing had been set for March but was moved at the request of the defense.',
    'Hearing set for March',
    [r('hearing', 'set')],
    { date: '2024-03-01' },
  ),
  c('were cut', 'About 300 jobs were cut at the plant in April.', '300 jobs cut at plant', [
    r('jobs', 'cut'),
  ]),
  c(
    'was shut',
    'The coastal highway was shut for a second time on Sunday after a landslide.',
    'Coastal highway shut',
    [r('highway', 'shut')],
  ),
  c(
    'is scheduled for',
    'The final vote is scheduled for Thursday evening.',
    'Final vote scheduled for Thursday',
    [r('vote', 'schedule')],
  ),
  // A participle phrase after a comma is no clause of its own.
  c(
    'followed by after a plan',
    'An opening ceremony is planned for 10 a.m. Monday, followed by a tour of the new wing at noon.',
    'Opening ceremony planned',
    [r('ceremony', 'plan'), r('ceremony', 'follow'), r('tour', null)],
    { date: '2024-05-13' },
  ),
  c(
    'scheduled for inside commas',
    'In Lisbon, the last ferry to the islands, scheduled for 9:40 p.m. on Friday, never left port.',
    'Last ferry scheduled',
    [r('ferry', 'schedule'), r('ferry', 'leave')],
  ),
  c(
    'owned by after a comma',
    'The team, owned by a shipping family, moved to a new stadium in 2019.',
    'Team moves to new stadium',
    [r('team', 'move')],
  ),
  // The content of a report comes first, the speaker after it.
  c(
    'report with a trailing participle phrase',
    'The prime minister will travel to Qatar next month, her office said on Tuesday, seeking new gas contracts.',
    'Prime minister to travel to Qatar',
    [r('minister', 'travel')],
    { date: '2024-06-01' },
  ),
  c(
    'report by a speaker with an appositive',
    'Hartley was moved to a hospital in March and now walks with a cane, his sister, Mara Hartley, said Monday.',
    'Hartley moved to hospital',
    [r('Hartley', 'move')],
  ),
  // A deadline: what must be done, not "has".
  c(
    'has until a date to',
    'The city has until Friday to repay the 40 million dollars it borrowed from the state.',
    'City must repay 40 million dollars',
    [r('city', 'repay')],
    { date: '2024-05-17' },
  ),
  c(
    'have until a date to',
    'Defense lawyers have until June 2 to file their objections.',
    'Defense lawyers must file objections',
    [r('lawyers', 'file')],
  ),
  // Adverbs of time and joining words do not end a title.
  c(
    'shortly at the end',
    'The minister spoke to reporters outside parliament shortly before noon on Monday.',
    'Minister speaks to reporters outside parliament',
    [r('minister', 'speak')],
  ),
  c(
    'and with an adverb after the object',
    'The next morning, the climber slipped on loose rock and badly hurt her wrist.',
    'Climber slips on loose rock',
    [r('climber', 'slip')],
    { date: WED, publishedAt: '2024-05-14' },
  ),
  c(
    'a relative clause with a pronoun after the object',
    'The museum has until Monday to return the paintings it borrowed.',
    'Museum must return paintings',
    [r('museum', 'return')],
    { date: '2024-05-20' },
  ),
  c(
    'a month after a modal-like word',
    'The first restrictions began in late March and were lifted in stages during May and June.',
    'First restrictions begin',
    [r('restrictions', 'begin'), r('restrictions', 'lift')],
    { date: '2024-05-01' },
  ),
  c(
    'an opening phrase with a participle',
    'With two days left before the deadline, the negotiators resumed talks on Sunday.',
    'Negotiators resume talks',
    [r('negotiators', 'resume')],
  ),
  c(
    'according to before the subject',
    'Home prices fell 4 percent in April, according to a survey released on Wednesday.',
    'Home prices fall 4 percent',
    [r('prices', 'fall'), r('survey', 'release')],
    { date: '2024-04-01' },
  ),
  c(
    'and before a lower-case subject after a comma',
    'The council approved the budget on Monday, and the mayor signed it into law.',
    'Council approves budget',
    [r('council', 'approve')],
  ),
];
