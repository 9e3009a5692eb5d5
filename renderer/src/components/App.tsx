/** The page: header, library on the left, events in the centre, event details or the reader on the right. */
import { useApp } from '../context';
import { Reader } from '../reader/Reader';
import { DetailsPanel } from './DetailsPanel';
import { DropZone } from './DropZone';
import { ExportDialog } from './ExportDialog';
import { ImportButton } from './ImportButton';
import { ImportStatus } from './ImportStatus';
import { LibraryPanel } from './LibraryPanel';
import { ThemeToggle } from './ThemeToggle';
import { TimelinePanel } from './TimelinePanel';

export function App() {
  const { state, actions } = useApp();
  const overview = state.overview.value;
  const reader = state.reader.value;
  const selected = state.selected.value;
  const sideOpen = reader !== null || selected !== null;
  return (
    <div class={`app ${sideOpen ? 'with-side' : ''}`}>
      <header class="app-header">
        <div class="brand">
          <span class="logo" aria-hidden="true" />
          <h1>Timeline Explorer</h1>
          {overview ? (
            <span class="muted small">
              {overview.articleCount.toLocaleString('en')} articles ·{' '}
              {overview.eventCount.toLocaleString('en')} events
            </span>
          ) : null}
        </div>
        <div class="header-actions">
          <ImportButton />
          <button class="text-button" onClick={() => actions.openExport(true)}>
            Export image…
          </button>
          <ThemeToggle />
        </div>
      </header>
      {state.error.value ? (
        <div class="error-banner" role="alert">
          <span>{state.error.value}</span>
          <button class="icon-button" aria-label="Dismiss error" onClick={actions.dismissError}>
            ×
          </button>
        </div>
      ) : null}
      <main class="workspace">
        <LibraryPanel />
        <TimelinePanel />
        {sideOpen ? (
          <aside class="side" aria-label={reader ? 'Article' : 'Event details'}>
            {reader ? <Reader reader={reader} /> : selected ? <DetailsPanel event={selected} /> : null}
          </aside>
        ) : null}
      </main>
      <ImportStatus />
      {state.exportOpen.value ? <ExportDialog /> : null}
      <DropZone />
    </div>
  );
}
