/**
 * Article HTML made safe to store and show: no scripts, handlers, frames, forms, styles or remote
 * resources survive. The renderer sanitizes again before display; this copy is what is stored.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';
import {
  ARTICLE_ATTRIBUTES,
  ARTICLE_LINK_PATTERN,
  ARTICLE_TAGS,
  FORBIDDEN_ARTICLE_TAGS,
} from '../../common/article-html-policy';

let purifier: ReturnType<typeof createDOMPurify> | null = null;

function getPurifier() {
  // One jsdom window serves every call: creating a window costs milliseconds.
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier;
}

/** Sanitized HTML: an allow-list of text tags, links only to http(s) and mailto, no images. */
export function sanitizeArticleHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS: [...ARTICLE_TAGS],
    ALLOWED_ATTR: [...ARTICLE_ATTRIBUTES],
    FORBID_TAGS: [...FORBIDDEN_ARTICLE_TAGS],
    // Images, media and fonts would be fetched from the network; the app never does that.
    ALLOWED_URI_REGEXP: ARTICLE_LINK_PATTERN,
    KEEP_CONTENT: true,
  });
}
