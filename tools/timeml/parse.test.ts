import { describe, expect, it } from 'vitest';
import { parseTimeML } from './parse';

const DOC = `<?xml version="1.0" ?>
<TimeML>
<DOCID>X1</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="2001-05-05" temporalFunction="false" functionInDocument="CREATION_TIME">2001-05-05</TIMEX3></DCT>
<TEXT>
LIMA, <TIMEX3 tid="t1" type="DATE" value="2001-05-04" temporalFunction="false" functionInDocument="PUBLICATION_TIME">May 4</TIMEX3> -- Rains &amp; floods hit the coast <TIMEX3 tid="t2" type="DATE" value="2001-05-04">Friday</TIMEX3>.
</TEXT>
</TimeML>`;

describe('parseTimeML', () => {
  it('anchors on the CREATION_TIME and scores an inline PUBLICATION_TIME like any timex', () => {
    const doc = parseTimeML(DOC);
    expect(doc.dct).toBe('2001-05-05');
    expect(doc.timexes.map((t) => [t.text, t.value])).toEqual([
      ['May 4', '2001-05-04'],
      ['Friday', '2001-05-04'],
    ]);
    const friday = doc.timexes[1];
    expect(friday && doc.text.slice(friday.start, friday.end)).toBe('Friday');
    expect(doc.text).toContain('Rains & floods');
  });
});
