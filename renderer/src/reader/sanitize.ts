/**
 * The reader's "original layout" sanitizer. The service already stores sanitized HTML, but the
 * reader trusts nothing from an article: a second, stricter pass here keeps only text structure,
 * links that cannot open or run anything, and inline (data:) images.
 */
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';

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
  'img',
  'ins',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
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

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title', 'alt', 'src', 'datetime', 'colspan', 'rowspan', 'lang', 'dir', 'cite'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Web and mail links only: no javascript:, data:, file: or custom schemes in href.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  FORBID_TAGS: [
    'script',
    'style',
    'iframe',
    'frame',
    'form',
    'input',
    'button',
    'textarea',
    'select',
    'object',
    'embed',
    'svg',
    'math',
    'link',
    'meta',
    'base',
  ],
  FORBID_ATTR: ['style', 'target', 'srcset', 'action', 'formaction'],
  KEEP_CONTENT: true,
  WHOLE_DOCUMENT: false,
};

let purifier: ReturnType<typeof DOMPurify> | null = null;

function getPurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  // An instance of our own, so these hooks never affect another use of DOMPurify.
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof HTMLAnchorElement) {
      node.removeAttribute('target');
      node.setAttribute('rel', 'noopener noreferrer');
    } else if (node instanceof HTMLImageElement) {
      // Only images carried inside the article: anything else would reach out to the network.
      const src = node.getAttribute('src') ?? '';
      if (!/^data:image\/(?:png|jpeg|gif|webp);/i.test(src)) node.removeAttribute('src');
    }
  });
  purifier = instance;
  return instance;
}

/** Sanitizes article HTML into a fragment ready to insert (no HTML string ever reaches innerHTML). */
export function sanitizeArticleHtml(html: string): DocumentFragment {
  return getPurifier().sanitize(html, { ...CONFIG, RETURN_DOM_FRAGMENT: true });
}
