/** Import progress while it runs, then what it added, skipped and could not read. */
import type { ArticleSummary } from '../../../main/common/api';
import { useApp } from '../context';
import { windowFromDates } from '../state/time-window';

/** The publication period of the imported articles, widened a little, or null when none is dated. */
function importedPeriod(articles: ArticleSummary[], ids: number[]): { from: string; to: string } | null {
  const wanted = new Set(ids);
  const dates = articles
    .filter((article) => wanted.has(article.id) && article.publishedAt)
    .map((article) => (article.publishedAt ?? '').slice(0, 10))
    .sort();
  const first = dates[0];
  const last = dates.at(-1);
  return first && last ? { from: first, to: last } : null;
}

export function ImportStatus() {
  const { state, actions } = useApp();
  const job = state.importing.value;
  if (job.phase === 'idle') return null;
  if (job.phase === 'running') {
    return (
      <div class="toast import-progress" role="status" aria-live="polite">
        <p>
          <strong>Importing</strong> {job.done} of {job.total} file{job.total === 1 ? '' : 's'}
          {job.current ? <span class="muted"> — {job.current}</span> : null}
        </p>
        <progress max={job.total} value={job.done} aria-label="Import progress" />
      </div>
    );
  }
  const summary = job.summary;
  const period = summary ? importedPeriod(state.articles.value, summary.articleIds) : null;
  const showPeriod = () => {
    if (!period) return;
    // Events are reported before publication: show the month before the first article too.
    const window = windowFromDates(period.from, period.to);
    const span = Math.max(window.end - window.start, 14 * 86_400_000);
    actions.moveTo({ start: window.start - span, end: window.end + span / 4 });
    actions.dismissImport();
  };
  return (
    <div class="toast import-summary" role="dialog" aria-labelledby="import-summary-title">
      <header class="panel-header">
        <h2 id="import-summary-title">{job.error ? 'Import stopped' : 'Import finished'}</h2>
        <button class="icon-button" aria-label="Close import summary" onClick={actions.dismissImport}>
          ×
        </button>
      </header>
      {job.error ? <p class="form-error">{job.error}</p> : null}
      {summary ? (
        <>
          <ul class="summary-counts">
            <li>
              <strong>{summary.added}</strong> article{summary.added === 1 ? '' : 's'} added
            </li>
            <li>
              <strong>{summary.events}</strong> new event{summary.events === 1 ? '' : 's'}, from{' '}
              <strong>{summary.mentions}</strong> dated sentence{summary.mentions === 1 ? '' : 's'}
            </li>
            <li>
              <strong>{summary.duplicates}</strong> duplicate{summary.duplicates === 1 ? '' : 's'} skipped
            </li>
          </ul>
          {period ? (
            <button class="text-button small" onClick={showPeriod}>
              Show on the timeline
            </button>
          ) : null}
          {summary.failures.length > 0 ? (
            <details class="failures" open={summary.failures.length <= 5}>
              <summary>
                {summary.failures.length} file{summary.failures.length === 1 ? '' : 's'} could not be imported
              </summary>
              <ul>
                {summary.failures.map((failure, index) => (
                  <li key={index}>
                    <strong>{failure.file}</strong>: {failure.reason}
                  </li>
                ))}
              </ul>
            </details>
          ) : null}
        </>
      ) : null}
    </div>
  );
}
