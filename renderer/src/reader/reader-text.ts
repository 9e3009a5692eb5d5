/**
 * Splits an article's plain text into paragraphs of runs, each run plain or inside a mention, from
 * the offsets the service stored. Working from offsets (not by searching for the quote) makes the
 * highlight exact even when a sentence occurs twice.
 */

export interface TextRun {
  text: string;
  /** Offset of the run's first character in the whole text. */
  start: number;
  /** The mention this run lies in, if any. */
  mentionId: number | null;
  eventId: number | null;
  /** Whether the run lies in the sentence the reader was opened on. */
  focus: boolean;
}

export interface Range {
  start: number;
  end: number;
}

export interface MentionRange extends Range {
  id: number;
  eventId: number;
}

/** Paragraph spans: blank lines or single newlines end a paragraph; empty ones are dropped. */
export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  const breaks = /\r?\n(?:[ \t]*\r?\n)*/g;
  let start = 0;
  for (let match = breaks.exec(text); match; match = breaks.exec(text)) {
    ranges.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  ranges.push({ start, end: text.length });
  return ranges.filter((range) => text.slice(range.start, range.end).trim() !== '');
}

/** The paragraphs of `text` cut into runs at every mention and focus boundary. */
export function layoutText(text: string, mentions: MentionRange[], focus: Range | null): TextRun[][] {
  const valid = mentions
    .filter((mention) => mention.start >= 0 && mention.end <= text.length && mention.start < mention.end)
    .sort((a, b) => a.start - b.start);
  return paragraphRanges(text).map((paragraph) => {
    const cuts = new Set([paragraph.start, paragraph.end]);
    for (const range of [...valid, ...(focus ? [focus] : [])]) {
      if (range.start > paragraph.start && range.start < paragraph.end) cuts.add(range.start);
      if (range.end > paragraph.start && range.end < paragraph.end) cuts.add(range.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const runs: TextRun[] = [];
    for (let index = 0; index < points.length - 1; index++) {
      const start = points[index] as number;
      const end = points[index + 1] as number;
      // Overlapping mentions: the innermost (latest-starting) one names the run.
      const mention = valid.filter((each) => each.start <= start && each.end >= end).at(-1) ?? null;
      runs.push({
        text: text.slice(start, end),
        start,
        mentionId: mention?.id ?? null,
        eventId: mention?.eventId ?? null,
        focus: focus !== null && focus.start <= start && focus.end >= end,
      });
    }
    return runs;
  });
}
