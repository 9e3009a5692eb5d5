/**
 * A floor under the tagger's scores on the held-out sets in this repository (news written and
 * annotated for the project without the tagger): a change that makes dates worse on text the rules
 * were not written for fails here, whatever it does on the TempEval-3 training data.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tagTimexes } from '../main/extract/timex/index';
import { parseTimeML } from './timeml/parse';
import { addCounts, emptyCounts, figures, scoreDocument } from './timeml/score';

function scoreFolder(folder: string) {
  const total = emptyCounts();
  const files = readdirSync(folder).filter((name) => name.endsWith('.tml'));
  for (const name of files) {
    const doc = parseTimeML(readFileSync(join(folder, name), 'utf8'));
    addCounts(total, scoreDocument(doc.timexes, tagTimexes(doc.text, doc.dct)).counts);
  }
  return { files: files.length, gold: total.gold, ...figures(total) };
}

// Floors a little under today's figures (relaxed / value): heldout 0.997 / 0.912, heldout-b
// 0.994 / 0.932, heldout-c 0.976 / 0.934, heldout-d 0.993 / 0.926, heldout-e 0.986 / 0.941,
// heldout-f 0.986 / 0.936, heldout-g 0.960 / 0.886, heldout-h 0.957 / 0.897; all above the
// issue's bar of 0.90 relaxed and 0.80 value.
describe.each([
  { folder: 'heldout', files: 16, gold: 318, relaxed: 0.97, value: 0.88 },
  { folder: 'heldout-b', files: 14, gold: 351, relaxed: 0.97, value: 0.9 },
  { folder: 'heldout-c', files: 14, gold: 384, relaxed: 0.95, value: 0.9 },
  { folder: 'heldout-d', files: 12, gold: 344, relaxed: 0.97, value: 0.9 },
  { folder: 'heldout-e', files: 12, gold: 355, relaxed: 0.97, value: 0.9 },
  { folder: 'heldout-f', files: 12, gold: 314, relaxed: 0.97, value: 0.9 },
  { folder: 'heldout-g', files: 12, gold: 332, relaxed: 0.94, value: 0.85 },
  { folder: 'heldout-h', files: 12, gold: 293, relaxed: 0.94, value: 0.87 },
])('tagger on the held-out news in tools/$folder', ({ folder, files, gold, relaxed, value }) => {
  const scores = scoreFolder(join(__dirname, folder));

  it('reads every annotated file', () => {
    expect(scores.files).toBe(files);
    expect(scores.gold).toBe(gold);
  });

  it('finds the expressions (relaxed F1) and normalizes them (value F1) above the floor', () => {
    expect(scores.relaxed.f1).toBeGreaterThanOrEqual(relaxed);
    expect(scores.valueF1).toBeGreaterThanOrEqual(value);
  });
});
