/**
 * Article HTML made safe to store and show: no scripts, handlers, frames, forms, styles or remote
 * resources survive. The renderer sanitizes again before display; this copy is what is stored.
 */
import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const ALLOWED_TAGS = [
  'a',
  'abbr',
  'b',
  'blockquote',
  'br',
  'caption',
  'cite',
  'code',
  'dd',
  'del',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'section',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'time',
  'tr',
  'u',
  'ul',
];
const ALLOWED_ATTR = ['href', 'title', 'datetime', 'colspan', 'rowspan', 'lang', 'dir', 'cite'];

let purifier: ReturnType<typeof createDOMPurify> | null = null;

function getPurifier() {
  // One jsdom window serves every call: creating a window costs milliseconds.
  purifier ??= createDOMPurify(new JSDOM('').window as unknown as Parameters<typeof createDOMPurify>[0]);
  return purifier;
}

/** Sanitized HTML: an allow-list of text tags, links only to http(s) and mailto, no images. */
export function sanitizeArticleHtml(html: string): string {
  return getPurifier().sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    // Images, media and fonts would be fetched from the network; the app never does that.
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
    KEEP_CONTENT: true,
  });
}
