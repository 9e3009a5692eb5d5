/**
 * Plain-text articles: the first line is the headline; a byline or dateline under it gives the
 * author, outlet and publication date.
 */
import { inferPublicationDate } from '../../extract/published';
import { cleanLine, cleanText } from '../clean-text';
import { ImportError } from '../errors';
import type { ParsedArticle } from '../parsed-article';
import { datelineSource, isBylineLine, parseBylineLine } from './byline';

/** Parses a plain-text article. */
export function parsePlainText(raw: string): ParsedArticle {
  const text = cleanText(raw);
  const lines = text.split('\n');
  const titleIndex = lines.findIndex((line) => line.trim().length > 0);
  const title = cleanLine(lines[titleIndex]);
  if (titleIndex < 0 || !title) throw new ImportError('the file has no text');

  let bodyStart = titleIndex + 1;
  while (bodyStart < lines.length && lines[bodyStart]?.trim() === '') bodyStart += 1;
  let author: string | null = null;
  let source: string | null = null;
  const bylineLine = lines[bodyStart] ?? '';
  if (isBylineLine(bylineLine)) {
    ({ author, source } = parseBylineLine(bylineLine));
  }
  const body = cleanText(lines.slice(bodyStart).join('\n'));
  if (body.length === 0) throw new ImportError('the file has a title but no article text');
  const firstParagraph = body.split('\n\n').find((paragraph) => !isBylineLine(paragraph)) ?? '';
  source ??= datelineSource(firstParagraph);
  const published = inferPublicationDate(body);

  return {
    title: title.slice(0, 500),
    source,
    author,
    url: null,
    publishedAt: published?.date ?? null,
    publishedSource: published ? published.source : 'unknown',
    language: null,
    text: body,
    html: null,
  };
}
