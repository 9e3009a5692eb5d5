/**
 * Sentences written for this table in the shapes where the dated word sits in a clause hung on a
 * noun phrase, or is itself a noun: relative clauses (", which ended on March 31,"), participle
 * phrases after a comma (", published in 1961,"), "where" clauses, possessive event nouns
 * ("before Friday's deadline"), "in a statement" with its date, and quotations whose speaker comes
 * after them. No sentence is taken from an article. Judged by the rules of title-wirecopy.cases.ts.
 */
import { caseBuilder, reading } from './title-wirecopy.cases';
import type { WireCase } from './title-wirecopy.cases';

const FRI = '2024-03-15';

const c = caseBuilder(FRI);
const r = reading;

/** The table: each sentence written for this test. */
export const CLAUSE_CASES: WireCase[] = [
  // Relative clauses: the title is about the noun the clause describes.
  c(
    'which-clause on a period after a prepositional phrase',
    'Operating profit for the quarter, which ended on March 31, rose 9 percent to $310 million.',
    'Quarter ends',
    [r('quarter', 'end')],
    { publishedAt: '2024-04-20', date: '2024-03-31' },
  ),
  c(
    'which-clause on the fiscal year, after a sum',
    'The retailer now expects sales of $4 billion to $4.2 billion for the fiscal year, which ends June 30.',
    'Fiscal year ends',
    [r('year', 'end')],
    { date: '2024-06-30' },
  ),
  c(
    'which-clause opening the sentence',
    'For the second quarter, which ends June 30, the company forecast a small loss.',
    'Second quarter ends',
    [r('quarter', 'end')],
    { date: '2024-06-30' },
  ),
  c(
    'which-clause whose host is a dated period',
    'The new levy applies to fiscal 2025, which begins July 1.',
    'Fiscal 2025 begins',
    [r('fiscal', 'begin'), r('2025', 'begin')],
    { date: '2024-07-01' },
  ),
  c(
    'which-clause after a plural noun',
    'The timetable avoids clashes with the university entrance exams, which end later this month.',
    'Entrance exams end',
    [r('exams', 'end')],
  ),
  c(
    'which-clause with a passive',
    'The treaty, which was signed in 1967, bans weapons of mass destruction in orbit.',
    'Treaty signed',
    [r('treaty', 'sign')],
    { date: '1967-01-01' },
  ),
  c(
    'who-clause dated',
    'Mayor Ruth Adeyemi, who took office in 2019, will not seek a second term.',
    'Adeyemi takes office',
    [r('Adeyemi', 'take')],
    { date: '2019-01-01' },
  ),
  c(
    'who-clause with a passive',
    'Fernandez, who was elected in 2019, lost the runoff on Sunday.',
    'Fernandez elected',
    [r('Fernandez', 'elect')],
    { date: '2019-01-01' },
  ),
  c(
    'restrictive that-clause',
    'The bridge that opened in 1998 will close for repairs next month.',
    'Bridge opens',
    [r('bridge', 'open')],
    { date: '1998-01-01' },
  ),
  c(
    'which-clause after a named place, event head',
    'Ministers met at a summit in Lisbon, which ended on Thursday.',
    'Summit in Lisbon ends',
    [r('summit', 'end')],
    { date: '2024-03-14' },
  ),
  // "where" clauses: the place is the antecedent.
  c(
    'where-clause with a person named the sentence before',
    'Conductor Ilse Marten moved to Vienna in 1979. She joined the state opera, where she remained until 2005.',
    'Marten remains at state opera',
    [r('Marten', 'remain')],
    { date: '2005-01-01' },
  ),
  c(
    'where-clause after an opening date without a comma',
    'Pianist Olga Brandt grew up in Riga. In the early 1980s she began teaching at a conservatory in Leipzig, where she stayed until 1999.',
    'Brandt stays at conservatory in Leipzig',
    [r('Brandt', 'stay')],
    { date: '1999-01-01' },
  ),
  // Participle phrases after a comma: a passive about the noun before the comma.
  c(
    'participle after a possessive subject',
    'His second novel, published in 1961, sold more than a million copies.',
    'Second novel published',
    [r('novel', 'publish')],
    { date: '1961-01-01' },
  ),
  c(
    'participle with a month and year',
    'The previous minority government, formed in October 1974, lasted less than a year.',
    'Previous minority government formed',
    [r('government', 'form')],
    { date: '1974-10-01' },
  ),
  c(
    'participle after a bare name',
    'Okonjo, appointed in 2017, has overseen two devaluations of the currency.',
    'Okonjo appointed',
    [r('Okonjo', 'appoint')],
    { date: '2017-01-01' },
  ),
  c(
    'participle after a noun with its own reduced relative',
    'The dispute was worsened by fines against two state shipping firms accused of dumping, imposed in March, and by new export curbs.',
    'Fines imposed',
    [r('fines', 'impose')],
    { date: '2024-03-01' },
  ),
  c(
    'participle with an after-phrase holding the date',
    'The earnings, released after the close of trading on Tuesday, pushed the stock down 4 percent.',
    'Earnings released',
    [r('earnings', 'release')],
    { date: '2024-03-12' },
  ),
  c(
    'participle expected at the end of the sentence',
    'Technicians will calibrate the cameras before the telescope’s first observation, expected early next month.',
    'First observation expected',
    [r('observation', 'expect')],
    { date: '2024-04-01' },
  ),
  c(
    'participle with an adverb before it',
    'Senator Mara Quint, first elected in 2012, announced her retirement on Monday.',
    'Quint first elected',
    [r('Quint', 'elect')],
    { date: '2012-01-01' },
  ),
  c(
    'participle phrase undated, the main verb dated',
    'The company, founded by two brothers in a garage, filed for bankruptcy on Monday.',
    'Company files for bankruptcy',
    [r('company', 'file')],
    { date: '2024-03-11' },
  ),
  c(
    'participle dated, main clause dated later',
    'The stadium, built in 1923, will be demolished next year.',
    'Stadium built',
    [r('stadium', 'build')],
    { date: '1923-01-01' },
  ),
  c(
    'participle dated, main clause dated later (the later date)',
    'The stadium, built in 1923, will be demolished next year.',
    'Stadium to be demolished',
    [r('stadium', 'demolish')],
    { date: '2025-01-01' },
  ),
  c(
    'participle with an agent and a date',
    'The law, passed by parliament in 2019, took effect on Monday.',
    'Law passed by parliament',
    [r('law', 'pass')],
    { date: '2019-01-01' },
  ),
  c(
    'two participles joined by and, the second dated',
    'The bill, passed by the House and signed by the president on Friday, takes effect in May.',
    'Bill signed by president',
    [r('bill', 'sign')],
    { date: '2024-03-15' },
  ),
  c(
    'two participles joined by and, the main verb dated',
    'Brightline, founded in 1987 and listed since 2004, will open a plant in Ohio next year.',
    'Brightline to open plant in Ohio',
    [r('Brightline', 'open')],
    { date: '2025-01-01' },
  ),
  c(
    'participle between a starting and an ending figure',
    'The index needed six years to climb from 500, first reached in March 1995, to 1,000.',
    '500 first reached',
    [r('500', 'reach')],
    { date: '1995-03-01' },
  ),
  c(
    'chronology entry with an absolute phrase before a present-tense verb',
    'Oct. 3: Dozens of armed men, some disguised as police officers, seize the central bank at about 9 a.m.',
    'Armed men seize central bank',
    [r('men', 'seize'), r('dozens', 'seize')],
  ),
  // Event nouns dated by a possessive: a title that says whose event, or what it is for.
  c(
    'possessive deadline after an infinitive',
    'The union said it still hoped to reach an agreement before Friday’s deadline.',
    'Deadline to reach agreement',
    [r('deadline', 'reach'), r('union', 'reach')],
    { date: '2024-03-15' },
  ),
  c(
    'possessive announcement in a sentence about a company',
    'Shares of Verano Biotech had risen 30 percent this year before Monday’s announcement.',
    'Verano Biotech announcement',
    [r('Verano', null)],
    { date: '2024-03-11' },
  ),
  // "in a statement", "in an interview": the medium of a report, not the event.
  c(
    'in a statement with a date, then the reported clause',
    'Brenntag Rail said in a statement late Thursday that it had hired 2,000 replacement drivers.',
    'Brenntag Rail says it hired 2,000 replacement drivers',
    [r('Brenntag', 'hire'), r('Rail', 'hire')],
    { date: '2024-03-14' },
  ),
  c(
    'in a statement between commas',
    'The governor, in a statement Sunday, called the verdict a grave injustice.',
    'Governor calls verdict grave injustice',
    [r('governor', 'call')],
    { publishedAt: '2024-03-18', date: '2024-03-17' },
  ),
  c(
    'in an interview with a date',
    'The coach said in an interview on Tuesday that the club would appeal the ban.',
    'Club to appeal ban',
    [r('club', 'appeal')],
    { date: '2024-03-12' },
  ),
  // Quotations whose speaker comes after them.
  c(
    'quote in the first person, speaker a pronoun with a named antecedent',
    'Rosa Mendel, 62, runs the last tannery in the valley. “I took over the business in 1991,” she said.',
    'Mendel takes over business',
    [r('Mendel', 'take')],
    { date: '1991-01-01' },
  ),
  c(
    'quote in the first person, speaker named after said',
    '"We opened our first store in 2003," said Karim Haddad, the chain\'s founder.',
    'Haddad opens first store',
    [r('Haddad', 'open')],
    { date: '2003-01-01' },
  ),
  c(
    'quote in the first person, speaker named before said',
    '"I joined the force in 1988," Inspector Alan Ruiz said.',
    'Ruiz joins force',
    [r('Ruiz', 'join')],
    { date: '1988-01-01' },
  ),
  // Shapes that already worked and must keep working.
  c(
    'participle in the subject, main verb dated',
    'The bridge, damaged in the floods, was rebuilt in 2014.',
    'Bridge rebuilt',
    [r('bridge', 'rebuild')],
    { date: '2014-01-01' },
  ),
  c(
    'absolute phrase before a past verb',
    'On Friday, the protesters, most of them students, marched to the parliament.',
    'Protesters march to parliament',
    [r('protesters', 'march')],
  ),
  c(
    'which-clause with its own subject',
    'The plan, which the council approved in May, will raise fares next year.',
    'Council approves plan',
    [r('council', 'approve')],
    { date: '2024-05-01' },
  ),
];
