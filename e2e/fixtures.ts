/** Articles generated for the import and security tests (written here, not taken from anywhere). */
import { MONTH_NAMES } from '../main/common/format-date';

const TOWNS = ['Northgate', 'Eastbrook', 'Millford', 'Southport', 'Westfield', 'Ashby', 'Brampton', 'Calder'];

/** "March 4, 2021" for a day counted from 1 January 2021. */
function dayName(offset: number): string {
  const date = new Date(Date.UTC(2021, 0, 1 + offset));
  return `${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`;
}

/**
 * A plain-text article in the corpus format (title, byline with outlet and date, paragraphs) with
 * two dated facts. Article `index` reports a vote on day `index` of 2021 and works 30 days later,
 * so no two articles describe the same event.
 */
export function generatedArticle(index: number): { name: string; content: string } {
  const town = TOWNS[index % TOWNS.length] ?? 'Northgate';
  return {
    name: `harbour-${String(index).padStart(3, '0')}.txt`,
    content: [
      `${town} council approves ferry terminal plan number ${index}`,
      `By Test Reporter | Harbour Gazette | ${dayName(index + 1)}`,
      '',
      `${town.toUpperCase()} — The ${town} harbour council approved ferry terminal plan number ${index} on ${dayName(index)}, after a vote of seven to two.`,
      '',
      `Construction of terminal number ${index} is scheduled to begin on ${dayName(index + 30)}, the council said.`,
    ].join('\n'),
  };
}

/**
 * Articles whose every field tries to run script: inline <script>, event-handler attributes,
 * javascript: links, and markup in titles and bylines. Each payload sets `window.__pwned` and
 * calls alert(), so a test sees both a variable and a dialog if anything ever runs.
 */
export function hostileArticles(): { name: string; content: string }[] {
  const html = `<!doctype html>
<html><head>
<title>Ferry strike <img src=x onerror="window.__pwned='title';alert('title')"> ends</title>
<meta property="og:site_name" content="Gazette <script>window.__pwned='site'</script>">
<meta property="article:published_time" content="2021-05-04">
<meta name="author" content="<img src=x onerror=&quot;window.__pwned='author'&quot;>">
</head><body>
<article>
<h1>Ferry strike <script>window.__pwned='h1';alert('h1')</script>ends after talks</h1>
<p>PORTSEA — Ferry workers ended their strike on May 3, 2021, after talks with the operator. <img src="x" onerror="window.__pwned='img';alert('img')"></p>
<p>Services will resume on May 10, 2021, the union said. <a href="javascript:window.__pwned='link';alert('link')" target="_blank">Read the statement</a>. <a href="https://example.com/statement" target="_blank" onclick="window.__pwned='onclick'">Original</a></p>
<p onmouseover="window.__pwned='hover'">A further ballot is planned for June 2021. <svg onload="window.__pwned='svg'"><circle r="4"/></svg><iframe src="javascript:window.__pwned='iframe'"></iframe></p>
<form action="javascript:window.__pwned='form'"><button>Go</button></form>
<script>window.__pwned='script';alert('script')</script>
</article>
</body></html>`;
  const text = [
    `<img src=x onerror="window.__pwned='txt-title';alert(1)"> Dock <b>workers</b> <script>window.__pwned='t'</script> vote`,
    `By <script>window.__pwned='byline'</script> | Harbour Gazette | May 6, 2021`,
    '',
    `Dock workers voted on May 5, 2021 to accept the offer <img src=x onerror="window.__pwned='txt-body'"> from the port authority.`,
    '',
    `The new contract takes effect on July 1, 2021. <a href="javascript:window.__pwned='txt-link'">details</a>`,
  ].join('\n');
  return [
    { name: 'hostile.html', content: html },
    { name: 'hostile.txt', content: text },
  ];
}
