/**
 * Article metadata from a page's head: Open Graph, `article:*`, `<meta name>` and JSON-LD
 * NewsArticle. Read before Readability, which keeps only part of it.
 */
import { cleanLine } from '../clean-text';

export interface HtmlMetadata {
  title: string | null;
  siteName: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  language: string | null;
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    for (const attribute of ['property', 'name', 'itemprop']) {
      const element = document.querySelector(`meta[${attribute}="${key}" i]`);
      const content = cleanLine(element?.getAttribute('content'));
      if (content) return content;
    }
  }
  return null;
}

type JsonLd = Record<string, unknown>;

/** The JSON-LD objects of a page, flattening `@graph` arrays; broken blocks are ignored. */
function jsonLdObjects(document: Document): JsonLd[] {
  const objects: JsonLd[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonLd);
      const graph = (value as JsonLd)['@graph'];
      if (graph) visit(graph);
    }
  };
  document.querySelectorAll('script[type="application/ld+json"]').forEach((script) => {
    try {
      visit(JSON.parse(script.textContent ?? ''));
    } catch {
      // A malformed block is the page's problem; the other metadata still counts.
    }
  });
  return objects;
}

function isArticle(object: JsonLd): boolean {
  const type = object['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting|Report/i.test(t));
}

function nameOf(value: unknown): string | null {
  if (typeof value === 'string') return cleanLine(value);
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((name): name is string => name !== null);
    return names.length > 0 ? names.join(', ') : null;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonLd).name);
  return null;
}

/** Reads the metadata of a parsed page. */
export function readHtmlMetadata(document: Document): HtmlMetadata {
  const article = jsonLdObjects(document).find(isArticle) ?? null;
  const jsonString = (key: string) =>
    typeof article?.[key] === 'string' ? cleanLine(article[key] as string) : null;
  const authorMeta = meta(document, 'author', 'article:author', 'byl', 'dc.creator');
  return {
    title: meta(document, 'og:title', 'twitter:title') ?? jsonString('headline') ?? cleanLine(document.title),
    siteName: meta(document, 'og:site_name', 'application-name') ?? nameOf(article?.publisher),
    // article:author is often a profile URL, not a name.
    author: (authorMeta && !/^https?:/i.test(authorMeta) ? authorMeta : null) ?? nameOf(article?.author),
    published:
      meta(
        document,
        'article:published_time',
        'datePublished',
        'pubdate',
        'publishdate',
        'date',
        'dc.date',
        'sailthru.date',
      ) ??
      jsonString('datePublished') ??
      jsonString('dateCreated'),
    url:
      meta(document, 'og:url') ??
      cleanLine(document.querySelector('link[rel="canonical" i]')?.getAttribute('href')) ??
      jsonString('url'),
    language: cleanLine(document.documentElement.getAttribute('lang')),
  };
}
