/**
 * Imports files in batches, so a folder of hundreds of articles neither builds one giant request
 * nor leaves the user without progress: counts move with every batch and with the service's
 * per-file `onDidImportProgress` events in between.
 */
import type { ImportFile, ImportSummary, TimelineApi } from '../../../main/common/api';
import { addImportSummary, emptyImportSummary } from '../../../main/common/import-summary';
import type { AppState } from './app-state';

/** A file still to be read: the browser's File, or anything else that yields base64. */
export interface FileSource {
  name: string;
  size: number;
  /** The content as base64. */
  read(): Promise<string>;
}

export interface ImportOptions {
  /** Most files per request. */
  batchFiles?: number;
  /** Most bytes (before base64) per request; a single larger file still goes alone. */
  batchBytes?: number;
  /** Called once everything is imported, to reload what the import changed. */
  refresh?: () => Promise<void>;
}

/** Splits sources into batches by count and size, keeping their order. */
export function planBatches(sources: FileSource[], batchFiles: number, batchBytes: number): FileSource[][] {
  const batches: FileSource[][] = [];
  let current: FileSource[] = [];
  let bytes = 0;
  for (const source of sources) {
    if (current.length > 0 && (current.length >= batchFiles || bytes + source.size > batchBytes)) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(source);
    bytes += source.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

let jobCounter = 0;

/** Imports `sources`, keeping `state.importing` up to date; resolves with the combined summary. */
export async function importFiles(
  state: AppState,
  api: TimelineApi,
  sources: FileSource[],
  options: ImportOptions = {},
): Promise<ImportSummary> {
  const total = emptyImportSummary();
  if (sources.length === 0) return total;
  const jobId = `import-${Date.now().toString(36)}-${++jobCounter}`;
  let finishedFiles = 0;
  state.importing.value = {
    phase: 'running',
    done: 0,
    total: sources.length,
    current: '',
    summary: null,
    error: null,
  };
  const unsubscribe = api.onDidImportProgress((progress) => {
    if (progress.jobId !== jobId || state.importing.value.phase !== 'running') return;
    const done = Math.min(finishedFiles + progress.done, sources.length);
    state.importing.value = {
      ...state.importing.value,
      done: Math.max(done, state.importing.value.done),
      current: progress.current,
    };
  });
  try {
    for (const batch of planBatches(sources, options.batchFiles ?? 25, options.batchBytes ?? 8_000_000)) {
      const files: ImportFile[] = [];
      for (const source of batch) {
        state.importing.value = { ...state.importing.value, current: source.name };
        try {
          files.push({ name: source.name, data: await source.read() });
        } catch (error) {
          total.failures.push({
            file: source.name,
            reason: error instanceof Error ? error.message : 'could not be read',
          });
        }
      }
      if (files.length > 0) {
        const summary = await api.importFiles({ files, jobId });
        addImportSummary(total, summary);
      }
      finishedFiles += batch.length;
      state.importing.value = { ...state.importing.value, done: finishedFiles };
    }
    state.importing.value = {
      ...state.importing.value,
      phase: 'done',
      done: sources.length,
      current: '',
      summary: total,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    state.importing.value = { ...state.importing.value, phase: 'done', summary: total, error: message };
  } finally {
    unsubscribe();
  }
  // Reload even after a failure: earlier batches may have added articles.
  await options.refresh?.();
  return total;
}
