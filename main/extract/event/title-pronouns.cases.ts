/**
 * Pronouns a headline must resolve or leave out: an "it" after a named storm or company, a "he" or
 * "she" standing for the story's person, the speaker of a quotation, "told CNBC it had seen …", a
 * participle completing "keep it". Written for this test; judged by judgeReading (see
 * title-wirecopy.cases.ts). Negative cases accept only a subjectless title: the pronoun must stay
 * unresolved rather than take a wrong name.
 */
import { caseBuilder, reading } from './title-wirecopy.cases';
import type { WireCase } from './title-wirecopy.cases';

const FRI = '2024-03-15';

const c = caseBuilder(FRI);
const r = reading;

/** The table. */
export const PRONOUN_CASES: WireCase[] = [
  // 1. "it" for a named thing: the sentence before, the clause before, the lede.
  c(
    'it after a storm named in the sentence before',
    'Typhoon Marlo hit the coast on Monday. Only two days ago, Marlo was a Category 5 storm. It weakened on Wednesday as it crossed cooler water.',
    'Typhoon Marlo weakens',
    [r('Marlo', 'weaken')],
  ),
  c(
    'it in a second clause after the storm',
    'Hurricane Tessa made landfall on Friday. Tessa is the strongest storm in a decade, and it arrived in early September.',
    'Hurricane Tessa arrives',
    [r('Tessa', 'arrive')],
    { date: '2023-09-01' },
  ),
  c(
    'it after a quotation, back to the lede storm',
    'Hurricane Brena crashed ashore on Friday. "We lost everything," she said. It weakened on Saturday over the hills.',
    'Hurricane Brena weakens',
    [r('Brena', 'weaken')],
    { date: '2024-03-09' },
  ),
  c(
    'it chained over two sentences',
    'Cyclone Ivo formed on Sunday. It strengthened on Monday. It reached the islands on Tuesday.',
    'Cyclone Ivo reaches islands',
    [r('Ivo', 'reach')],
  ),
  c(
    'it for a company named by its suffix',
    'Marrow Foods Inc reported a loss on Tuesday. It cut 200 jobs on Wednesday.',
    'Marrow Foods cuts 200 jobs',
    [r('Marrow', 'cut')],
  ),
  c(
    'it after a company that opens the sentence',
    'Brightline slipped 4 percent on Monday. It recalled 9,000 scooters on Tuesday.',
    'Brightline recalls 9,000 scooters',
    [r('Brightline', 'recall')],
  ),
  // 1, negative: "it" with a common noun or nothing in view stays unresolved.
  c(
    'it after a common noun stays unresolved',
    'Hurricane Odile crashed ashore on Friday. The bridge over the river was closed on Friday. It reopened on Sunday.',
    'Bridge reopens',
    [r(null, 'reopen')],
    { date: '2024-03-10' },
  ),
  c(
    'it after plural authorities stays unresolved',
    'Authorities closed the park near the volcano on Monday. It erupted on Tuesday.',
    'Volcano erupts',
    [r(null, 'erupt')],
  ),
  c(
    'it after a person stays unresolved',
    'Minister Dara Quell visited the plant on Monday. It closed on Tuesday.',
    'Plant closes',
    [r(null, 'close')],
  ),
  // 1 and 2: "he" or "she" for the story's person.
  c(
    'she for the obituary subject after a sentence about her father',
    'Marta Lindqvist, a bridge engineer, died on Tuesday at her home. Her father, a miner, lost his job in 1931. She retired in 1991 after four decades of service.',
    'Lindqvist retires',
    [r('Lindqvist', 'retire')],
    { date: '1991-01-01' },
  ),
  c(
    'she marries a husband named in apposition',
    'Marta Lindqvist, a bridge engineer, died on Tuesday at her home. Her husband, Oskar Brandt, whom she married in 1955, died in 2004.',
    'Lindqvist marries',
    [r('Lindqvist', 'married'), r('Lindqvist', 'marries')],
    { date: '1955-01-01' },
  ),
  c(
    'he with a father before it stays with the father',
    'Jonas Peltier, a union leader, died on Monday at his home. His father worked at the mill from 1951 until he retired in 1979.',
    'Retires',
    [r(null, 'retire'), r('father', 'retire')],
    { date: '1979-01-01' },
  ),
  c(
    'he must not take a storm name',
    'Hurricane Odile crashed ashore on Friday, cutting power to 600,000 homes. He arrived in the town on Saturday.',
    'Arrives in town',
    [r(null, 'arrive')],
    { date: '2024-03-09' },
  ),
  c(
    'he must not take a woman named in the lede',
    'Marta Lindqvist, a bridge engineer, died on Tuesday at her home. He retired in 1991.',
    'Retires',
    [r(null, 'retire')],
    { date: '1991-01-01' },
  ),
  // 2. Quotations whose speaker is a pronoun.
  c(
    'quotation by she after a one-word name with an age',
    'Keiko Arai runs the brewery her grandfather founded. Arai, now 46, worked in a bank for eight years. "I started in 1998," she said.',
    'Arai starts',
    [r('Arai', 'start')],
    { date: '1998-01-01' },
  ),
  c(
    'quotation by he after a who-clause',
    'Brandt, who turned 30 in April, made his debut in August. "I joined the club in 2015," he said.',
    'Brandt joins club',
    [r('Brandt', 'join')],
    { date: '2015-01-01' },
  ),
  c(
    'quotation by she after a role and name',
    'Coach Ilse Marren spoke after training. "We won the cup in 2019," she said.',
    'Marren wins cup',
    [r('Marren', 'win')],
    { date: '2019-01-01' },
  ),
  c(
    'quotation with nobody named stays unresolved',
    'The crowd thinned after dark. "I started in 1998," she said.',
    'Starts',
    [r(null, 'start')],
    { date: '1998-01-01' },
  ),
  // 3. "told X it …": the listener is not the subject.
  c(
    'told a broadcaster it had, company opens the sentence',
    'Apple closed 2.5 percent lower on Monday after chief executive Tim Cook told CNBC it had seen strong growth in China through August.',
    'Apple sees strong growth in China',
    [r('Apple', 'see'), r('Cook', 'say')],
    { date: '2024-08-01' },
  ),
  c(
    'told a paper the talks, no that',
    'Foreign Minister Anna Lopez told Reuters the talks would resume on Thursday.',
    'Talks to resume',
    [r('talks', 'resume')],
    { date: '2024-03-21' },
  ),
  c(
    'told him that keeps working',
    'The coach told him on Monday that the team would travel on Friday.',
    'Team to travel',
    [r('team', 'travel')],
    { date: '2024-03-15' },
  ),
  // 4. A participle that completes "keep it".
  c(
    'participle completing keep and its object',
    'The astronauts will deliver spare parts to the station, enough to keep it stocked through 2026.',
    'Astronauts to keep station stocked',
    [r('astronauts', 'keep')],
    { date: '2026-01-01' },
  ),
];
