/** Small helpers for writing XML safely by hand. */

// Characters XML 1.0 forbids even when escaped (C0 controls but tab, newline, return; lone
// surrogates; U+FFFE/U+FFFF). Article text can carry them, and one would make the SVG unreadable.
const FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Escapes text for XML content and attribute values, dropping characters XML cannot hold. */
export function escapeXml(value: string): string {
  return value
    .replace(FORBIDDEN, '')
    .replace(/&/gu, '&amp;')
    .replace(/</gu, '&lt;')
    .replace(/>/gu, '&gt;')
    .replace(/"/gu, '&quot;')
    .replace(/'/gu, '&apos;');
}

/** A coordinate rounded to hundredths: exact enough, and keeps big SVGs small. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/** ` name="value"` pairs, escaped; undefined values are left out. */
export function attrs(values: Record<string, string | number | undefined>): string {
  let out = '';
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined) continue;
    out += ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`;
  }
  return out;
}
