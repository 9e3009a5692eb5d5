/**
 * Turns a file's bytes into text, refusing what is not text: empty files, binaries, files over
 * the size limit and bytes that are not valid in their declared encoding.
 */
import { ImportError } from './errors';

/** Largest file the importer reads: news articles are kilobytes; 20 MB leaves room for saved pages. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const SNIFF_BYTES = 8192;

/** Decodes bytes as text, honouring a BOM, then a declared charset, then UTF-8, then Windows-1252. */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (bytes.length === 0) throw new ImportError('the file is empty');
  if (bytes.length > MAX_FILE_BYTES) {
    throw new ImportError(
      `the file is ${formatMegabytes(bytes.length)}, over the ${formatMegabytes(MAX_FILE_BYTES)} limit`,
    );
  }
  const bom = bomEncoding(bytes);
  if (bom) return new TextDecoder(bom.encoding, { fatal: true }).decode(bytes.subarray(bom.length));
  if (looksBinary(bytes)) throw new ImportError('the file is binary, not text');
  if (declaredCharset) return decodeDeclared(bytes, declaredCharset);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Windows and Latin-1 saves are common in archives; Windows-1252 reads every byte.
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** The charset an HTML document declares in its first bytes, if any. */
export function sniffHtmlCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const match = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head);
  return match?.[1]?.toLowerCase() ?? null;
}

function decodeDeclared(bytes: Uint8Array, charset: string): string {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ImportError(`the file declares an unknown character encoding "${charset}"`);
  }
  try {
    return decoder.decode(bytes);
  } catch {
    throw new ImportError(`the file is not valid ${charset} text, although it declares that encoding`);
  }
}

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** NUL bytes, or many control characters, in the first kilobytes mean this is not a text file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, SNIFF_BYTES);
  let control = 0;
  for (const byte of sample) {
    if (byte === 0) return true;
    if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control += 1;
  }
  return control / sample.length > 0.05;
}

function formatMegabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
