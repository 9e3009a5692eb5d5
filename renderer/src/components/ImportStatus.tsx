/** Import progress while it runs, then what it added, skipped and could not read. */
import { useApp } from '../context';

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
              <strong>{summary.events}</strong> event{summary.events === 1 ? '' : 's'} found
            </li>
            <li>
              <strong>{summary.duplicates}</strong> duplicate{summary.duplicates === 1 ? '' : 's'} skipped
            </li>
          </ul>
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
