import { describe, expect, it } from 'vitest';
import type { ExportEvent } from '../common/export-document';
import { CSV_COLUMNS, csvCell, toCsv } from './csv';
import { koreaDocument } from './testing/korea-2018';

/** An RFC 4180 reader, to check the writer from the outside. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(cell);
      cell = '';
    } else if (char === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i += 1;
    } else cell += char;
  }
  return rows;
}

describe('toCsv', () => {
  it('writes a header and one row per event with CRLF line ends', () => {
    const doc = koreaDocument();
    const csv = toCsv(doc);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/gu, '')).not.toMatch(/(?<!")\n/u);
    const rows = parseCsv(csv);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(doc.events.length + 1);
    const summit = rows.find((r) => r[0] === '2');
    expect(summit).toEqual([
      '2',
      doc.events[1]?.title,
      '2018-06-12',
      '2018-06-12',
      'day',
      'exact',
      'occurred',
      'Donald Trump; Kim Jong Un',
      'Singapore',
      'summit',
      'Reuters; The Guardian',
      '2',
      'Trump and Kim met on Tuesday on Sentosa island.',
    ]);
  });

  it('quotes commas, quotes and line breaks', () => {
    const doc = koreaDocument();
    (doc.events[0] as ExportEvent).title = 'Talks, "frank"\nand long';
    const rows = parseCsv(toCsv(doc));
    expect(rows[1]?.[1]).toBe('Talks, "frank"\nand long');
    expect(toCsv(doc)).toContain('"Talks, ""frank""\nand long"');
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const dangerous of ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1)', '\t=1']) {
      expect(csvCell(dangerous).replace(/^"|"$/gu, '').startsWith("'")).toBe(true);
    }
    const doc = koreaDocument();
    const event = doc.events[0] as ExportEvent;
    event.title = '=cmd|" /C calc"!A0';
    event.actors = ['@attacker'];
    event.mentions[0] = { ...(event.mentions[0] as ExportEvent['mentions'][number]), quote: '+quote' };
    const row = parseCsv(toCsv(doc))[1] ?? [];
    expect(row[1]).toBe('\'=cmd|" /C calc"!A0');
    expect(row[7]).toBe("'@attacker");
    expect(row[12]).toBe("'+quote");
    expect(csvCell(42)).toBe('42');
    expect(csvCell('plain')).toBe('plain');
  });

  it('can start with a byte order mark for Excel', () => {
    expect(toCsv(koreaDocument(), { bom: true }).startsWith('\uFEFFid,title')).toBe(true);
    expect(toCsv(koreaDocument()).startsWith('id,title')).toBe(true);
  });
});
