/** "Export image…": the timeline as SVG, PNG or PDF, previewed as SVG before saving. */
import { useRef, useState } from 'preact/hooks';
import type {
  ExportedFile,
  ImageExportRequest,
  ImageFormat,
  LaneMode,
  Theme,
} from '../../../main/common/api';
import { useApp } from '../context';
import { isoDay } from '../state/time-window';
import { useFocusTrap } from './focus-trap';

/** Saves a file through the desktop shell, or as a browser download. */
async function saveExport(file: ExportedFile, shell: ReturnType<typeof useApp>['shell']): Promise<void> {
  if (shell) {
    await shell.saveFile(file);
    return;
  }
  const bytes = Uint8Array.from(atob(file.data), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ExportDialog() {
  const { state, actions, api, shell } = useApp();
  const dialog = useRef<HTMLDivElement>(null);
  const [format, setFormat] = useState<ImageFormat>('png');
  const [range, setRange] = useState<'view' | 'all'>('view');
  const [lanes, setLanes] = useState<LaneMode>(state.lanes.value);
  const [theme, setTheme] = useState<Theme>(
    document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light',
  );
  const [width, setWidth] = useState(1600);
  const [scale, setScale] = useState(2);
  const [title, setTitle] = useState('');
  const [preview, setPreview] = useState<string | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);

  useFocusTrap(dialog);

  function request(chosen: ImageFormat): ImageExportRequest {
    const window = state.visible.value;
    const filters = state.filters.value;
    const published = state.overview.value?.publishedRange;
    const span =
      range === 'view' && window
        ? { from: isoDay(window.start), to: isoDay(window.end - 1) }
        : published
          ? { from: published.from, to: published.to }
          : {};
    return {
      format: chosen,
      ...span,
      lanes,
      theme,
      width,
      scale: chosen === 'png' ? scale : 1,
      ...(title.trim() ? { title: title.trim() } : {}),
      statuses: filters.statuses,
      certainties: filters.certainties,
      ...(filters.source ? { sources: [filters.source] } : {}),
      ...(filters.search ? { search: filters.search } : {}),
    };
  }

  async function run(label: string, work: () => Promise<void>) {
    setBusy(label);
    setMessage(null);
    try {
      await work();
    } catch (error) {
      setMessage(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  }

  const showPreview = () =>
    run('Drawing preview…', async () => {
      const file = await api.exportImage(request('svg'));
      setPreview(`data:image/svg+xml;base64,${file.data}`);
    });
  const save = () =>
    run('Exporting…', async () => {
      const file = await api.exportImage(request(format));
      await saveExport(file, shell);
      setMessage(`Saved ${file.fileName}.`);
    });

  return (
    <div
      class="modal-backdrop"
      onClick={(event) => event.target === event.currentTarget && actions.openExport(false)}
    >
      <div class="modal" role="dialog" aria-modal="true" aria-labelledby="export-title" ref={dialog}>
        <header class="panel-header">
          <h2 id="export-title">Export image</h2>
          <button class="icon-button" aria-label="Close export" onClick={() => actions.openExport(false)}>
            ×
          </button>
        </header>
        <div class="export-grid">
          <form class="export-form" onSubmit={(event) => (event.preventDefault(), void showPreview())}>
            <label>
              Format
              <select value={format} onChange={(e) => setFormat(e.currentTarget.value as ImageFormat)}>
                <option value="png">PNG image</option>
                <option value="svg">SVG (vector)</option>
                <option value="pdf">PDF document</option>
              </select>
            </label>
            <fieldset>
              <legend>Range</legend>
              <label class="check">
                <input
                  type="radio"
                  name="range"
                  checked={range === 'view'}
                  onChange={() => setRange('view')}
                />
                Current view ({state.readout.value})
              </label>
              <label class="check">
                <input type="radio" name="range" checked={range === 'all'} onChange={() => setRange('all')} />
                Whole library
              </label>
            </fieldset>
            <label>
              Lanes
              <select value={lanes} onChange={(e) => setLanes(e.currentTarget.value as LaneMode)}>
                <option value="none">None</option>
                <option value="status">By status</option>
                <option value="actor">By actor</option>
                <option value="source">By source</option>
              </select>
            </label>
            <label>
              Theme
              <select value={theme} onChange={(e) => setTheme(e.currentTarget.value as Theme)}>
                <option value="light">Light</option>
                <option value="dark">Dark</option>
              </select>
            </label>
            <div class="editor-row">
              <label>
                Width (px)
                <input
                  type="number"
                  min={600}
                  max={8000}
                  step={100}
                  value={width}
                  onChange={(e) => setWidth(Number(e.currentTarget.value) || 1600)}
                />
              </label>
              <label>
                Scale
                <input
                  type="number"
                  min={1}
                  max={4}
                  step={1}
                  value={scale}
                  disabled={format !== 'png'}
                  onChange={(e) => setScale(Number(e.currentTarget.value) || 1)}
                />
              </label>
            </div>
            <label>
              Title
              <input
                type="text"
                value={title}
                placeholder="Optional heading"
                onInput={(e) => setTitle(e.currentTarget.value)}
              />
            </label>
            <div class="actions-row">
              <button type="submit" class="text-button" disabled={busy !== null}>
                Preview
              </button>
              <button
                type="button"
                class="primary-button"
                disabled={busy !== null}
                onClick={() => void save()}
              >
                Save {format.toUpperCase()}…
              </button>
            </div>
            <p class="muted small" role="status" aria-live="polite">
              {busy ?? message ?? ''}
            </p>
          </form>
          <div class="export-preview" aria-label="Preview">
            {preview ? (
              <img src={preview} alt="Preview of the exported timeline" />
            ) : (
              <p class="muted">Press Preview to see the image.</p>
            )}
          </div>
        </div>
      </div>
    </div>
  );
}
