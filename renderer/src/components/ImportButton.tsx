/** "Import…": a file picker for articles (HTML, text, Markdown, JSON exports). */
import { useRef } from 'preact/hooks';
import { useApp } from '../context';
import { fileSources } from '../state/file-sources';
import { importFiles } from '../state/import-files';

const ACCEPT =
  '.html,.htm,.xhtml,.txt,.text,.md,.markdown,.json,.eml,text/html,text/plain,text/markdown,application/json';

export function ImportButton() {
  const app = useApp();
  const input = useRef<HTMLInputElement>(null);
  const running = app.state.importing.value.phase === 'running';
  return (
    <>
      <button class="primary-button" onClick={() => input.current?.click()} disabled={running}>
        Import articles…
      </button>
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        aria-label="Choose article files to import"
        data-testid="import-input"
        onChange={(event) => {
          const files = event.currentTarget.files;
          if (files && files.length > 0) void runImport(app, fileSources(files));
          event.currentTarget.value = '';
        }}
      />
    </>
  );
}

/** Starts an import and refreshes everything it may have changed. */
export function runImport(app: ReturnType<typeof useApp>, sources: ReturnType<typeof fileSources>) {
  return importFiles(app.state, app.api, sources, { refresh: app.actions.refreshAfterChange });
}
