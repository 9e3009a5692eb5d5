/**
 * Small articles and a scratch folder for import tests, written here so tests need nothing else.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A fresh folder under the system temp dir, removed by the returned cleanup. */
export function scratchFolder(prefix = 'timeline-import-'): {
  dir: string;
  write: (name: string, content: string | Uint8Array) => string;
  cleanup: () => void;
} {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  return {
    dir,
    write(name, content) {
      const file = path.join(dir, name);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
      return file;
    },
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

export const PLAIN_ARTICLE = `Remains talks set for the border next week
By Lena Park | Border Bulletin | July 7, 2018

PANMUNJOM — Military officers from the United States and North Korea will meet around July 12 at the border to discuss the return of remains.

Secretary of State Mike Pompeo wrapped up a two-day trip to Pyongyang today, saying the talks made progress.
`;

export const DATELINE_ARTICLE = `North Korea calls talks regrettable

TOKYO, July 8, 2018 (Harbor Ledger) — North Korea's foreign ministry said on Saturday that the talks with Pompeo were regrettable.
`;

export const MARKDOWN_ARTICLE = `---
title: "Pentagon halts August drills"
source: Capitol Dispatch
author: Marcus Hale
date: 2018-06-19
url: https://example.com/drills
lang: en
---

# Pentagon halts August drills

The **Pentagon** said on Monday that it had suspended the [Ulchi Freedom Guardian](https://example.com/ufg) exercise planned for August.

> Officials said the decision followed last week's summit in Singapore.
`;

export const HTML_ARTICLE = `<!doctype html>
<html lang="en"><head>
<meta charset="utf-8">
<title>Remains flown to Osan | Pacific Wire</title>
<meta property="og:title" content="Remains flown to Osan">
<meta property="og:site_name" content="Pacific Wire">
<meta property="article:published_time" content="2018-07-27T09:30:00Z">
<meta name="author" content="Daniel Okafor">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Remains flown to Osan","datePublished":"2018-07-27T09:30:00Z"}</script>
<script>window.analytics = true;</script>
<style>body { color: red }</style>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World news menu</a></nav>
<div class="ad">Subscribe today: offer ends August 31</div>
<article>
<h1>Remains flown to Osan</h1>
<p class="byline">By Daniel Okafor</p>
<p>A US Air Force C-17 carried 55 cases of remains from Wonsan to Osan Air Base on Friday, 65 years after the armistice.</p>
<p>President Trump thanked Kim Jong Un on Twitter on Friday for keeping his promise made at last month's summit in Singapore.</p>
<p>A repatriation ceremony will be held at Pearl Harbor-Hickam next week, officials said.</p>
</article>
<footer>Copyright Pacific Wire. Contact us. Privacy policy.</footer>
</body></html>
`;

export const HOSTILE_HTML = `<!doctype html><html><head>
<title>Hostile page</title>
<meta property="article:published_time" content="2018-07-10">
</head><body><article>
<h1>Hostile page</h1>
<p>Officials met in Seoul on Monday to discuss the talks <img src="x" onerror="window.__pwned=1">about remains.</p>
<p>They said the talks would resume on Friday. <a href="javascript:window.__pwned=2">Click here</a> for more.</p>
<script>window.__pwned = 3</script>
<p onclick="window.__pwned=4">A second round of meetings was planned for next week in Panmunjom, a spokesman added.</p>
<iframe src="https://example.com/tracker"></iframe>
<form action="https://example.com/steal"><input name="q"></form>
</article></body></html>
`;
