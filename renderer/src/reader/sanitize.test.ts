// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeArticleHtml } from './sanitize';

function render(html: string): HTMLElement {
  const host = document.createElement('div');
  host.append(sanitizeArticleHtml(html));
  return host;
}

describe('original-layout sanitizer', () => {
  it('removes scripts, handlers, frames, forms, styles and svg but keeps the text', () => {
    const host = render(
      '<p onclick="x()">Talks <b>resumed</b><script>bad()</script><img src="x" onerror="bad()"></p>' +
        '<iframe src="https://example.com"></iframe><form><input></form><style>p{}</style><svg onload="bad()"></svg>',
    );
    expect(host.querySelector('script, iframe, form, input, style, svg')).toBeNull();
    expect(host.innerHTML).not.toMatch(/on(click|error|load)=/);
    expect(host.textContent).toContain('Talks resumed');
  });

  it('keeps web links inert: no javascript:, no target, always noopener noreferrer', () => {
    const host = render(
      '<a href="javascript:bad()">one</a><a href="https://example.com/a" target="_blank">two</a><a href="data:text/html,x">three</a>',
    );
    const links = [...host.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).toEqual([null, 'https://example.com/a', null]);
    expect(links.every((link) => link.getAttribute('rel') === 'noopener noreferrer')).toBe(true);
    expect(links.some((link) => link.hasAttribute('target'))).toBe(false);
  });

  it('keeps inline images only', () => {
    const host = render(
      '<img src="https://tracker.example/pixel.gif" alt="a"><img src="data:image/png;base64,AAAA" alt="b">',
    );
    const images = [...host.querySelectorAll('img')];
    expect(images.map((image) => image.getAttribute('src'))).toEqual([null, 'data:image/png;base64,AAAA']);
  });
});
