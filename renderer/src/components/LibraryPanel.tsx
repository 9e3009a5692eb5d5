/** The left panel: search, filters, the matching events (when searching) and the article list. */
import { formatDay } from '../../../main/common/format-date';
import { useApp } from '../context';
import { ARTICLE_LIST_LIMIT } from '../state/actions';
import { articleCountLabel } from './article-count';
import { Filters } from './Filters';
import { SearchBox } from './SearchBox';
import { Snippet } from './Snippet';

export function LibraryPanel() {
  const { state, actions } = useApp();
  const results = state.searchResults.value;
  const query = state.filters.value.search;
  const snippets = new Map(results?.articles.map((article) => [article.id, article.snippet]) ?? []);
  const articles = state.articles.value;
  const openId = state.reader.value?.article.id;
  const capped = articles.length >= ARTICLE_LIST_LIMIT;
  // Only a search or a source filter narrows the article list; otherwise the overview has its size.
  const narrowed = Boolean(query) || Boolean(state.filters.value.source);
  const wholeLibrary = narrowed ? null : (state.overview.value?.articleCount ?? null);
  const count = articleCountLabel(articles.length, ARTICLE_LIST_LIMIT, wholeLibrary);
  return (
    <aside class="library" aria-label="Library">
      <SearchBox />
      <Filters />
      {query && results ? (
        <section class="hits" aria-label="Matching events">
          <h2>
            Matching events <span class="muted">{results.events.length}</span>
          </h2>
          {results.events.length === 0 ? <p class="muted small">No event matches “{query}”.</p> : null}
          <ul class="plain-list">
            {results.events.map((hit) => (
              <li key={hit.id}>
                <button
                  class={`list-entry ${state.selectedId.value === hit.id ? 'current' : ''}`}
                  onClick={() => void actions.revealEvent(hit)}
                >
                  <span class="entry-title">{hit.title}</span>
                  <span class="entry-meta">
                    {hit.start === hit.end
                      ? formatDay(hit.start)
                      : `${formatDay(hit.start)} – ${formatDay(hit.end)}`}
                  </span>
                  <Snippet parts={hit.snippet} />
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="articles" aria-label="Articles">
        <h2>
          {query ? 'Matching articles' : 'Articles'} <span class="muted">{count}</span>
        </h2>
        {capped ? (
          <p class="muted small">
            Only the first {ARTICLE_LIST_LIMIT} are listed: search or filter to find the others.
          </p>
        ) : null}
        {articles.length === 0 ? (
          <p class="muted small">
            {query ? `No article matches “${query}”.` : 'No articles yet. Import some to begin.'}
          </p>
        ) : null}
        <ul class="plain-list">
          {articles.map((article) => {
            const snippet = snippets.get(article.id);
            return (
              <li key={article.id}>
                <button
                  class={`list-entry ${openId === article.id ? 'current' : ''}`}
                  onClick={() => void actions.openArticle(article.id)}
                >
                  <span class="entry-title">{article.title}</span>
                  <span class="entry-meta">
                    {[article.source, article.publishedAt ? formatDay(article.publishedAt) : null]
                      .filter(Boolean)
                      .join(' · ')}
                    <span class="pill" title="Events from this article">
                      {article.eventCount} event{article.eventCount === 1 ? '' : 's'}
                    </span>
                  </span>
                  {snippet ? <Snippet parts={snippet} /> : null}
                </button>
              </li>
            );
          })}
        </ul>
      </section>
    </aside>
  );
}
