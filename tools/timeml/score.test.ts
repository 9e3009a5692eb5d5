import { describe, expect, it } from 'vitest';
import { parseTimeML } from './parse';
import { figures, scoreDocument } from './score';

// A tiny hand-written TimeML document (not taken from any corpus).
const TML = `<?xml version="1.0" ?>
<TimeML>
<DCT><TIMEX3 tid="t0" type="DATE" value="2018-07-07" functionInDocument="CREATION_TIME">July 7</TIMEX3></DCT>
<TEXT>
The mayor &amp; her aide <EVENT eid="e1">left</EVENT> <TIMEX3 tid="t1" type="DATE" value="2018-07-06">Friday</TIMEX3> for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>, returning <TIMEX3 tid="t3" type="DATE" value="2018-W28" mod="START">early next week</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTimeML', () => {
  it('strips tags, decodes entities and keeps gold offsets into the plain text', () => {
    const doc = parseTimeML(TML);
    expect(doc.dct).toBe('2018-07-07');
    expect(doc.text).toContain('The mayor & her aide left Friday for two days');
    expect(doc.timexes.map((t) => [t.text, t.type, t.value])).toEqual([
      ['Friday', 'DATE', '2018-07-06'],
      ['two days', 'DURATION', 'P2D'],
      ['early next week', 'DATE', '2018-W28'],
    ]);
    for (const t of doc.timexes) expect(doc.text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.timexes[2]?.mod).toBe('START');
  });
});

describe('scoreDocument', () => {
  const gold = parseTimeML(TML).timexes;
  const at = (text: string) => parseTimeML(TML).text.indexOf(text);

  it('counts relaxed, strict, type and value matches one to one', () => {
    const system = [
      {
        start: at('Friday'),
        end: at('Friday') + 6,
        text: 'Friday',
        type: 'DATE' as const,
        value: '2018-07-06',
      },
      { start: at('days'), end: at('days') + 4, text: 'days', type: 'DURATION' as const, value: 'PXD' },
      {
        start: at('next week'),
        end: at('next week') + 9,
        text: 'next week',
        type: 'DATE' as const,
        value: '2018-W28',
      },
      {
        start: at('returning'),
        end: at('returning') + 9,
        text: 'returning',
        type: 'TIME' as const,
        value: 'X',
      },
    ];
    // "returning" starts before "early next week": it is spurious, the next one matches relaxed.
    const { counts, mismatches } = scoreDocument(gold, system);
    expect(counts).toEqual({ system: 4, gold: 3, relaxed: 3, strict: 1, type: 3, value: 2 });
    expect(mismatches.map((m) => m.kind).sort()).toEqual(['extent', 'extent', 'spurious', 'value']);
    const f = figures(counts);
    expect(f.relaxed.p).toBeCloseTo(3 / 4);
    expect(f.relaxed.r).toBeCloseTo(1);
    expect(f.valueF1).toBeCloseTo((2 * 2) / 7);
    expect(f.strict.f1).toBeCloseTo((2 * 1) / 7);
  });

  it('reports every gold timex as missed when the system finds nothing', () => {
    const { counts, mismatches } = scoreDocument(gold, []);
    expect(counts.relaxed).toBe(0);
    expect(mismatches.filter((m) => m.kind === 'missed')).toHaveLength(3);
    expect(figures(counts).relaxed.f1).toBe(0);
  });
});
