/**
 * The article reader: plain text as paragraphs with every mention marked and the chosen sentence
 * highlighted and scrolled into view. The original layout, when there is one, is opt-in and goes
 * through the strict sanitizer.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDay } from '../../../main/common/format-date';
import { useApp } from '../context';
import type { ReaderState } from '../state/app-state';
import { layoutText } from './reader-text';
import { sanitizeArticleHtml } from './sanitize';

export function Reader({ reader }: { reader: ReaderState }) {
  const { actions, state } = useApp();
  const { article, focus } = reader;
  const [original, setOriginal] = useState(false);
  const body = useRef<HTMLDivElement>(null);
  const paragraphs = useMemo(() => layoutText(article.text, article.mentions, focus), [article, focus]);

  useEffect(() => {
    setOriginal(false);
    // Keyboard and screen-reader users land on the article they opened, not on a removed button.
    document.getElementById('reader-title')?.focus({ preventScroll: true });
  }, [article.id]);

  useEffect(() => {
    const mark = body.current?.querySelector('mark.focus');
    if (mark) mark.scrollIntoView({ block: 'center' });
    else body.current?.scrollTo({ top: 0 });
  }, [article.id, focus, original]);

  const meta = [
    article.source,
    article.author,
    article.publishedAt ? formatDay(article.publishedAt) : null,
  ].filter(Boolean);
  return (
    <article class="reader" aria-labelledby="reader-title">
      <header class="panel-header">
        <div>
          <p class="eyebrow">
            {state.selected.value ? (
              <button class="link-button" onClick={actions.closeReader}>
                ← Back to event
              </button>
            ) : (
              'Article'
            )}
          </p>
          <h2 id="reader-title" tabIndex={-1}>
            {article.title}
          </h2>
          <p class="muted small">{meta.join(' · ')}</p>
        </div>
        <button
          class="icon-button"
          aria-label="Close article"
          title="Close (Esc)"
          onClick={actions.closeReader}
        >
          ×
        </button>
      </header>
      <div class="reader-tools">
        <span class="pill">
          {article.mentions.length} dated sentence{article.mentions.length === 1 ? '' : 's'}
        </span>
        {article.html ? (
          <label class="check">
            <input
              type="checkbox"
              checked={original}
              onChange={(event) => setOriginal(event.currentTarget.checked)}
            />
            Original layout
          </label>
        ) : null}
        {article.file ? <span class="muted small">from {article.file}</span> : null}
      </div>
      <div class="reader-body" ref={body}>
        {original && article.html ? (
          <OriginalLayout html={article.html} />
        ) : (
          paragraphs.map((runs, index) => (
            <p key={index}>
              {runs.map((run) =>
                run.mentionId === null && !run.focus ? (
                  <span key={run.start}>{run.text}</span>
                ) : (
                  <mark
                    key={run.start}
                    class={run.focus ? 'mention-mark focus' : 'mention-mark'}
                    title="Open this event"
                    onClick={() => run.eventId !== null && void actions.selectEvent(run.eventId)}
                  >
                    {run.text}
                  </mark>
                ),
              )}
            </p>
          ))
        )}
      </div>
    </article>
  );
}

/** The sanitized original HTML. Links never navigate the app: clicks on them are swallowed. */
function OriginalLayout({ html }: { html: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    host.current?.replaceChildren(sanitizeArticleHtml(html));
  }, [html]);
  return (
    <div
      class="original-layout"
      ref={host}
      onClick={(event) => {
        if ((event.target as Element | null)?.closest('a')) event.preventDefault();
      }}
    />
  );
}
