/**
 * Which clause a headline tells and whose it is: reported speech, pronouns across sentences,
 * relative clauses, infinitives with their own subject, and the verb forms a headline keeps.
 */
import { describe, expect, it } from 'vitest';
import { extractEvents } from './extract';
import { findVerbGroups, tokenize } from './clause';
import { reportedClause } from './report';

const FRI = '2024-03-15';

function titles(text: string, publishedAt = FRI): string[] {
  return extractEvents({ text, publishedAt }).map((event) => event.title);
}

function titleOn(text: string, day: string, publishedAt = FRI): string | undefined {
  return extractEvents({ text, publishedAt }).find((event) => event.interval.start === day)?.title;
}

describe('reported speech', () => {
  it('finds the reported clause after "that", past the date and the object of "told"', () => {
    const tokens = tokenize('The spokesman told reporters on Friday that the cabinet would meet again.');
    const groups = findVerbGroups(tokens);
    const told = groups.find((group) => group.base === 'tell');
    expect(told && reportedClause(tokens, told, groups)?.base).toBe('meet');
  });

  it('titles what was reported, not who reported it', () => {
    expect(titles('Prosecutors said on Tuesday that the suspect had been charged with fraud.')).toEqual([
      'Suspect charged with fraud',
    ]);
    expect(titles('Mortgage rates fell for a third week, a lender said on Thursday.')).toEqual([
      'Mortgage rates fall for third week',
    ]);
  });

  it('keeps the speaker when the reported subject stands for it', () => {
    expect(titles('The carmaker said on Monday it would close two plants.')).toEqual([
      'Carmaker says it will close two plants',
    ]);
    expect(titleOn('The relatives said they would appeal the ruling next week.', '2024-03-18')).toBe(
      'Relatives to appeal ruling',
    );
  });

  it('keeps the verb of saying for a state or an opinion, in the present', () => {
    expect(titles('The ministry said on Monday that the talks were regrettable.')).toEqual([
      'Ministry says talks were regrettable',
    ]);
  });

  it('does not read a participle in an opening phrase as the news', () => {
    expect(
      titles('On Monday, in a statement posted online, the ministry announced new fishing rules.'),
    ).toEqual(['Ministry announces new fishing rules']);
  });
});

describe('pronouns', () => {
  it('take a person named after a role word in the previous sentence', () => {
    expect(
      titleOn(
        'Goalkeeper Ines Duarte joined the club in May. She signed a new contract on Tuesday.',
        '2024-03-12',
      ),
    ).toBe('Duarte signs new contract');
  });

  it('are left out when the previous sentence names nobody', () => {
    expect(titleOn('The market fell sharply. He resigned on Tuesday.', '2024-03-12')).toBe('Resigns');
  });

  it('read "his" as the person named before it', () => {
    expect(titles('Senator Ruth Keane said on Monday that his party would back the bill.')[0]).toBe(
      "Keane's party to back bill",
    );
  });
});

describe('relative clauses and infinitives', () => {
  it('skip a relative clause between the subject and its verb', () => {
    expect(titles('The jury, which deliberated for two days, found the defendant guilty on Friday.')).toEqual(
      ['Jury finds defendant guilty'],
    );
    expect(titleOn('The dam that failed on Tuesday had been inspected in January.', '2024-01-01')).toBe(
      'Dam inspected',
    );
  });

  it('give an infinitive the subject its verb names, and keep it in the object of the verb', () => {
    const text = 'The judge ordered Mr. Pratt to appear in court next week.';
    expect(titleOn(text, '2024-03-18')).toBe('Pratt to appear in court');
    expect(titles('The judge on Monday ordered Mr. Pratt to appear in court.')).toEqual([
      'Judge orders Mr. Pratt to appear in court',
    ]);
  });

  it('keep "fails to" and a negated passive', () => {
    expect(titles('The rebels failed to capture the town on Sunday.', '2024-03-18')).toEqual([
      'Rebels fail to capture town',
    ]);
    expect(titles('Officials said on Monday the fire was not caused by arson.')).toEqual([
      'Fire not caused by arson',
    ]);
  });
});
