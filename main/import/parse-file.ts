/**
 * Chooses a parser by file extension and turns one file's bytes into what the importer stores.
 */
import path from 'node:path';
import type { ExportDocument } from '../common/export-document';
import { decodeText, sniffHtmlCharset } from './decode';
import { ImportError } from './errors';
import { isExportDocument, parseExportDocument } from './formats/export-document';
import { parseHtml } from './formats/html';
import { parseMarkdown } from './formats/markdown';
import { parsePlainText } from './formats/plain-text';
import { isTimelineJs, readTimelineJs } from './formats/timelinejs';
import type { ParsedArticle } from './parsed-article';

export const SUPPORTED_EXTENSIONS = ['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.json'] as const;

export type ParsedFile =
  { kind: 'article'; article: ParsedArticle } | { kind: 'document'; document: ExportDocument };

/** Whether the importer reads files with this name. */
export function isSupportedFile(name: string): boolean {
  return (SUPPORTED_EXTENSIONS as readonly string[]).includes(path.extname(name).toLowerCase());
}

/** Parses one file; throws ImportError with the reason when it cannot be used. */
export function parseFile(name: string, bytes: Uint8Array): ParsedFile {
  const extension = path.extname(name).toLowerCase();
  if (!isSupportedFile(name)) {
    throw new ImportError(
      `unsupported file type "${extension || 'no extension'}" (supported: ${SUPPORTED_EXTENSIONS.join(', ')})`,
    );
  }
  if (extension === '.html' || extension === '.htm') {
    return { kind: 'article', article: parseHtml(decodeText(bytes, sniffHtmlCharset(bytes))) };
  }
  const text = decodeText(bytes);
  if (extension === '.json') return { kind: 'document', document: parseJson(text) };
  if (extension === '.md' || extension === '.markdown')
    return { kind: 'article', article: parseMarkdown(text) };
  return { kind: 'article', article: parsePlainText(text) };
}

function parseJson(text: string): ExportDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new ImportError(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (isExportDocument(value)) return parseExportDocument(value);
  if (isTimelineJs(value)) return readTimelineJs(value);
  throw new ImportError('a JSON file must be a Timeline Explorer export (version 1) or a TimelineJS file');
}
