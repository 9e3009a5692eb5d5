/**
 * Reads a TimeML (.tml) document: the DCT, the plain text of <TEXT> with every tag stripped and
 * entities decoded, and the gold TIMEX3 spans as offsets into that plain text.
 */
import type { Timex, TimexType } from '../../main/common/model';

/** A timex as the scorer compares them (the tagger's, less the anchor it was resolved against). */
export type GoldTimex = Omit<Timex, 'anchor'>;

export interface TimeMLDocument {
  dct: string;
  text: string;
  timexes: GoldTimex[];
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the XML entities a .tml file may hold (named and numeric). */
export function decodeEntities(raw: string): string {
  return raw.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:]+)\s*=\s*"([^"]*)"/g)) result[m[1] ?? ''] = decodeEntities(m[2] ?? '');
  return result;
}

/** Parses one .tml document; throws when it has no DCT or no <TEXT>. */
export function parseTimeML(source: string): TimeMLDocument {
  const dctTag =
    /<DCT>\s*(<TIMEX3[^>]*>)/i.exec(source)?.[1] ??
    /<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>/i.exec(source)?.[0];
  if (dctTag === undefined) throw new Error('TimeML document without a DCT');
  const dct = attributes(dctTag).value ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/i.exec(source)?.[1];
  if (body === undefined) throw new Error('TimeML document without <TEXT>');

  let text = '';
  const timexes: GoldTimex[] = [];
  let open: { start: number; attrs: Record<string, string> } | null = null;
  for (const m of body.matchAll(/<[^>]*>|[^<]+/g)) {
    const token = m[0];
    if (!token.startsWith('<')) {
      text += decodeEntities(token);
      continue;
    }
    if (/^<TIMEX3\b/i.test(token)) {
      open = { start: text.length, attrs: attributes(token) };
      if (token.endsWith('/>')) open = null;
    } else if (/^<\/TIMEX3>/i.test(token) && open !== null) {
      const { attrs, start } = open;
      const gold: GoldTimex = {
        start,
        end: text.length,
        text: text.slice(start, text.length),
        type: (attrs.type ?? 'DATE') as TimexType,
        value: attrs.value ?? '',
      };
      if (attrs.mod) gold.mod = attrs.mod;
      timexes.push(gold);
      open = null;
    }
  }
  return { dct, text, timexes };
}
