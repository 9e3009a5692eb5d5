import { describe, expect, it } from 'vitest';
import { MAX_SENTENCE_LENGTH, splitSentences } from './sentences';

function texts(text: string): string[] {
  return splitSentences(text).map((sentence) => sentence.text);
}

describe('splitSentences', () => {
  it('keeps abbreviations, initials and times inside their sentence', () => {
    const text =
      'U.S. President Donald J. Trump met Mr. Kim at 9 a.m. on Sentosa. Gen. Vincent Brooks said on Jan. 5 the drills were over.';
    expect(texts(text)).toEqual([
      'U.S. President Donald J. Trump met Mr. Kim at 9 a.m. on Sentosa.',
      'Gen. Vincent Brooks said on Jan. 5 the drills were over.',
    ]);
  });

  it('ends a sentence after a full date and after an abbreviation followed by a sentence opener', () => {
    expect(texts('The summit took place on June 12, 2018. The talks with the U.S. The end.')).toEqual([
      'The summit took place on June 12, 2018.',
      'The talks with the U.S.',
      'The end.',
    ]);
    expect(texts('Talks with the U.S. Secretary of State went well.')).toHaveLength(1);
  });

  it('handles quotes: a question inside a quote does not end the sentence before "asked"', () => {
    expect(texts('"Is it over?" asked Kim. "We will see," Pompeo said. He left.')).toEqual([
      '"Is it over?" asked Kim.',
      '"We will see," Pompeo said.',
      'He left.',
    ]);
  });

  it('cuts a dateline off the first sentence and marks it', () => {
    const sentences = splitSentences('SINGAPORE (Reuters) — Trump and Kim met on Tuesday.');
    expect(sentences[0]).toMatchObject({ text: 'SINGAPORE (Reuters)', dateline: true });
    expect(sentences[1]?.text).toBe('Trump and Kim met on Tuesday.');
    expect(splitSentences('SEOUL, July 7, 2018 — Talks resumed.')[0]).toMatchObject({
      text: 'SEOUL, July 7, 2018',
      dateline: true,
    });
  });

  it('cuts a dateline whose date comes before the agency, with an abbreviated month', () => {
    const sentences = splitSentences('LIMA, Feb. 3, 2020 (Andes Daily) — The minister resigned on Monday.');
    expect(sentences[0]).toMatchObject({ text: 'LIMA, Feb. 3, 2020 (Andes Daily)', dateline: true });
    expect(sentences[1]?.text).toBe('The minister resigned on Monday.');
  });

  it('separates paragraphs and byline lines but joins hard-wrapped lines', () => {
    const text =
      'By Jane Doe | July 7, 2018\nOfficials from both sides will meet around July 12 at the border\nto discuss the return of remains.\n\nNew paragraph here';
    expect(texts(text)).toEqual([
      'By Jane Doe | July 7, 2018',
      'Officials from both sides will meet around July 12 at the border\nto discuss the return of remains.',
      'New paragraph here',
    ]);
  });

  it('returns trimmed offsets that point into the text', () => {
    const text = '  Pompeo arrived.   He met Kim Yong Chol.  \n\n  Talks ended. ';
    for (const sentence of splitSentences(text)) {
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      expect(sentence.text).toBe(sentence.text.trim());
    }
    expect(texts(text)).toEqual(['Pompeo arrived.', 'He met Kim Yong Chol.', 'Talks ended.']);
  });

  it('cuts a run-on stretch without full stops at clause breaks, keeping offsets exact', () => {
    const text = 'Trump met Kim on Monday, and '.repeat(400);
    const sentences = splitSentences(text);
    expect(sentences.length).toBeGreaterThan(10);
    for (const sentence of sentences) {
      expect(sentence.text.length).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
    }
    // Every cut falls after a comma, so no clause is split in the middle.
    for (const sentence of sentences.slice(0, -1)) expect(sentence.text.endsWith(',')).toBe(true);
  });
});
