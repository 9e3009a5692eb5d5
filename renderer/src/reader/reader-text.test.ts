import { describe, expect, it } from 'vitest';
import { layoutText, paragraphRanges } from './reader-text';

describe('reader text layout', () => {
  it('splits on blank lines and single newlines, dropping empty paragraphs', () => {
    const text = 'One.\n\n\nTwo.\nThree.\n  \n';
    expect(paragraphRanges(text).map((range) => text.slice(range.start, range.end))).toEqual([
      'One.',
      'Two.',
      'Three.',
    ]);
  });

  it('marks mentions and the focused sentence by offsets, even when the sentence repeats', () => {
    const text = 'Talks began. Talks began.\n\nThey ended on Friday.';
    const runs = layoutText(
      text,
      [
        { id: 1, eventId: 7, start: 13, end: 25 },
        { id: 2, eventId: 8, start: 27, end: 48 },
      ],
      { start: 13, end: 25 },
    );
    expect(runs).toHaveLength(2);
    expect(runs[0]?.map((run) => [run.text, run.mentionId, run.focus])).toEqual([
      ['Talks began. ', null, false],
      ['Talks began.', 1, true],
    ]);
    expect(runs[1]?.[0]).toMatchObject({
      text: 'They ended on Friday.',
      mentionId: 2,
      eventId: 8,
      focus: false,
    });
  });

  it('ignores offsets outside the text', () => {
    const runs = layoutText('Short.', [{ id: 1, eventId: 1, start: 3, end: 99 }], null);
    expect(runs[0]?.map((run) => run.text)).toEqual(['Short.']);
  });
});
