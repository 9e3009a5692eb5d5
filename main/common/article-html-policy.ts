/**
 * What article HTML may contain, shared by the importer (which stores sanitized HTML) and the
 * reader (which sanitizes again before showing it): text structure and links, nothing that runs,
 * styles or reaches the network.
 */

/** Elements kept; everything else is dropped with its content kept as text. */
export const ARTICLE_TAGS: readonly string[] = [
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

/** Attributes kept (event handlers, styles and targets never are). */
export const ARTICLE_ATTRIBUTES: readonly string[] = [
  'href',
  'title',
  'datetime',
  'colspan',
  'rowspan',
  'lang',
  'dir',
  'cite',
];

/** Web and mail links only: no javascript:, data:, file: or custom schemes. */
export const ARTICLE_LINK_PATTERN = /^(?:https?:|mailto:|#)/i;

/** Elements removed whole, content included. */
export const FORBIDDEN_ARTICLE_TAGS: readonly string[] = [
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
  'template',
  'noscript',
];
