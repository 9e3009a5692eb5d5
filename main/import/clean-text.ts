/**
 * Normalizes article text so that offsets stay stable between import, storage and display.
 */

/** Unix newlines, NFC, no control characters but newline and tab, no trailing spaces, at most one blank line. */
export function cleanText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\ufeff]/g, '')
    .replace(/[ \t\u00a0]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Collapses runs of white space into one space, for titles and metadata values. */
export function cleanLine(text: string | null | undefined): string | null {
  const cleaned = (text ?? '').replace(/\s+/g, ' ').trim();
  return cleaned.length > 0 ? cleaned : null;
}
