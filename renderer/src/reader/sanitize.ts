/**
 * The reader's "original layout" sanitizer. The service already stores sanitized HTML, but the
 * reader trusts nothing from an article: a second, stricter pass here keeps only text structure,
 * links that cannot open or run anything, and inline (data:) images.
 */
import DOMPurify from 'dompurify';
import type { Config } from 'dompurify';
import {
  ARTICLE_ATTRIBUTES,
  ARTICLE_LINK_PATTERN,
  ARTICLE_TAGS,
  FORBIDDEN_ARTICLE_TAGS,
} from '../../../main/common/article-html-policy';

const CONFIG: Config = {
  // The shared policy, plus images, which survive only when carried inside the article (data:).
  ALLOWED_TAGS: [...ARTICLE_TAGS, 'img'],
  ALLOWED_ATTR: [...ARTICLE_ATTRIBUTES, 'alt', 'src'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: ARTICLE_LINK_PATTERN,
  FORBID_TAGS: [...FORBIDDEN_ARTICLE_TAGS],
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
