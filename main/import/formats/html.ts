/**
 * HTML articles: metadata from the head, the main content through Readability (navigation, ads and
 * footers are page furniture, not article text), sanitized HTML and plain text from that content.
 */
import { Readability } from '@mozilla/readability';
import { JSDOM } from 'jsdom';
import { inferPublicationDate } from '../../extract/published';
import { cleanLine, cleanText } from '../clean-text';
import { ImportError } from '../errors';
import type { ParsedArticle } from '../parsed-article';
import { htmlToText } from './html-text';
import { readHtmlMetadata } from './html-metadata';
import { normalizePublished } from './published-value';
import { sanitizeArticleHtml } from './sanitize-html';

const FURNITURE =
  'script, style, noscript, template, nav, header, footer, aside, form, iframe, object, embed, svg';

/** Parses an HTML article. jsdom neither runs its scripts nor fetches anything. */
export function parseHtml(raw: string): ParsedArticle {
  const dom = new JSDOM(raw, { contentType: 'text/html' });
  const document = dom.window.document;
  const metadata = readHtmlMetadata(document);

  const readable = new Readability(document.cloneNode(true) as Document, { charThreshold: 200 }).parse();
  const contentHtml = readable?.content ?? fallbackContent(document);
  const html = sanitizeArticleHtml(contentHtml);
  const fragment = JSDOM.fragment(html);
  const text = cleanText(htmlToText(fragment));
  dom.window.close();
  if (text.length === 0) throw new ImportError('the page has no article text');

  const declared = normalizePublished(metadata.published ?? readable?.publishedTime);
  const inferred = declared ? null : inferPublicationDate(text);
  const siteName = metadata.siteName ?? cleanLine(readable?.siteName);
  const title = metadata.title ?? cleanLine(readable?.title) ?? text.split('\n')[0] ?? '';
  return {
    title: stripSiteSuffix(title, siteName).slice(0, 500),
    source: siteName,
    author: metadata.author ?? cleanLine(readable?.byline?.replace(/^by\s+/i, '')),
    url: metadata.url,
    publishedAt: declared ?? inferred?.date ?? null,
    publishedSource: declared ? 'metadata' : (inferred?.source ?? 'unknown'),
    language: metadata.language ?? cleanLine(readable?.lang),
    text,
    html,
  };
}

/** When Readability finds no article, the body without its furniture is the best guess. */
function fallbackContent(document: Document): string {
  const body = document.body?.cloneNode(true) as HTMLElement | undefined;
  if (!body) return '';
  body.querySelectorAll(FURNITURE).forEach((element) => element.remove());
  return body.innerHTML;
}

/** "Headline | Pacific Wire" → "Headline" when the outlet is known. */
function stripSiteSuffix(title: string, siteName: string | null): string {
  if (!siteName) return title;
  for (const separator of [' | ', ' - ', ' — ', ' – ', ' :: ']) {
    const suffix = `${separator}${siteName}`;
    if (title.endsWith(suffix)) return title.slice(0, -suffix.length).trim();
  }
  return title;
}
