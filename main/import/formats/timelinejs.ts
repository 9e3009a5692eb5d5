/**
 * TimelineJS (Knight Lab) JSON files, read through the exporter's converter into an export document.
 */
import type { ExportDocument } from '../../common/export-document';
import { fromTimelineJs } from '../../export/timelinejs';
import { ImportError } from '../errors';

/** Whether parsed JSON looks like a TimelineJS file: an `events` array with `start_date`s. */
export function isTimelineJs(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  const events = (value as { events?: unknown }).events;
  return (
    Array.isArray(events) &&
    events.every((event) => typeof event === 'object' && event !== null && 'start_date' in event)
  );
}

/** Converts a TimelineJS file, turning its validation errors into import errors. */
export function readTimelineJs(value: unknown): ExportDocument {
  try {
    return fromTimelineJs(value);
  } catch (error) {
    throw new ImportError(
      `not a valid TimelineJS file: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
}
