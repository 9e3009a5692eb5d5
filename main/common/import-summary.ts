/**
 * Import summaries: the empty one a batch starts from, and adding one batch's to another, used
 * by the importer, the desktop shell and the renderer (which imports in batches).
 */
import type { ImportSummary } from './api';

/** A summary of nothing imported yet. */
export function emptyImportSummary(): ImportSummary {
  return { added: 0, duplicates: 0, events: 0, mentions: 0, failures: [], articleIds: [] };
}

/** Adds `more` into `total` and returns `total`. */
export function addImportSummary(total: ImportSummary, more: ImportSummary): ImportSummary {
  total.added += more.added;
  total.duplicates += more.duplicates;
  total.events += more.events;
  total.mentions += more.mentions;
  total.failures.push(...more.failures);
  total.articleIds.push(...more.articleIds);
  return total;
}
