/**
 * Markdown articles with YAML front matter (title, source, author, date, url, lang).
 */
import { inferPublicationDate } from '../../extract/published';
import { cleanLine, cleanText } from '../clean-text';
import { ImportError } from '../errors';
import type { ParsedArticle } from '../parsed-article';
import { normalizePublished } from './published-value';

const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/;

/** Reads the flat `key: value` pairs of a front matter block (the subset articles use). */
export function parseFrontMatter(block: string): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const line of block.split('\n')) {
    const match = /^([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
    if (!match?.[1]) continue;
    let value = (match[2] ?? '').trim();
    if (/^(["']).*\1$/.test(value)) value = value.slice(1, -1);
    fields[match[1].toLowerCase()] = value;
  }
  return fields;
}

/** Markdown to readable plain text: keeps words and paragraphs, drops markup. */
export function markdownToText(markdown: string): string {
  return cleanText(
    markdown
      .replace(/```[\s\S]*?```/g, '')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<[^>\n]+>/g, '')
      .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/^\s{0,3}#{1,6}\s+/gm, '')
      .replace(/^\s{0,3}>\s?/gm, '')
      .replace(/^\s*[-*+]\s+/gm, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/gm, '')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(?<![\w*])[*_](?!\s)(.+?)(?<!\s)[*_](?![\w*])/g, '$1')
      .replace(/`([^`]+)`/g, '$1'),
  );
}

/** Parses a Markdown article. */
export function parseMarkdown(raw: string): ParsedArticle {
  const source = raw.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n');
  const frontMatter = FRONT_MATTER.exec(source);
  const fields = frontMatter?.[1] ? parseFrontMatter(frontMatter[1]) : {};
  let body = frontMatter ? source.slice(frontMatter[0].length) : source;

  const heading = /^\s*#\s+(.+)$/m.exec(body);
  const title =
    cleanLine(fields.title) ?? cleanLine(heading?.[1]) ?? cleanLine(markdownToText(body).split('\n')[0]);
  if (!title) throw new ImportError('the file has no text');
  // The first heading repeats the title: leave it out of the text, as HTML articles do.
  if (heading && cleanLine(heading[1]) === title) body = body.replace(heading[0], '');
  const text = markdownToText(body);
  if (text.length === 0) throw new ImportError('the file has a title but no article text');

  const declared = normalizePublished(
    fields.date ?? fields.published ?? fields.publishedat ?? fields.published_at,
  );
  const inferred = declared ? null : inferPublicationDate(text);
  return {
    title: title.slice(0, 500),
    source: cleanLine(fields.source ?? fields.outlet ?? fields.publisher ?? fields.site),
    author: cleanLine(fields.author ?? fields.byline),
    url: cleanLine(fields.url ?? fields.link),
    publishedAt: declared ?? inferred?.date ?? null,
    publishedSource: declared ? 'front-matter' : (inferred?.source ?? 'unknown'),
    language: cleanLine(fields.lang ?? fields.language),
    text,
    html: null,
  };
}
