/**
 * Exports for the app's export dialog and the command line: timeline images (SVG, PNG, PDF) drawn
 * from the data, and the data formats (JSON, CSV, TimelineJS, Timesketch).
 */
import type { Db } from '../../db';
import type { ExportedFile, ImageExportRequest } from '../common/api';
import { articles as articleQueries } from '../../db';
import { exportDocument, type ExportFormat } from '../export';
import { buildExportDocument } from './export-data';
import { initialWindow } from './initial-window';

export const DEFAULT_IMAGE_WIDTH = 1200;

/** Words for the footer: which filters chose the events. */
export function describeFilters(request: Omit<ImageExportRequest, 'format'>): string {
  const parts: string[] = [];
  if (request.statuses?.length) parts.push(`status ${request.statuses.join(', ')}`);
  if (request.certainties?.length) parts.push(`certainty ${request.certainties.join(', ')}`);
  if (request.sources?.length) parts.push(`sources ${request.sources.join(', ')}`);
  if (request.search) parts.push(`search "${request.search}"`);
  return parts.length > 0 ? parts.join('; ') : 'none';
}

export type ExportRequest = Omit<ImageExportRequest, 'format'> & { format: ExportFormat };

const IMAGE_FORMATS: readonly ExportFormat[] = ['svg', 'png', 'pdf'];

/**
 * Produces the file a request asks for. An image without a range shows the first view's window;
 * data without a range holds everything.
 */
export async function renderExport(
  db: Db,
  request: ExportRequest,
  context: { version: string; today: string },
): Promise<ExportedFile> {
  const image = IMAGE_FORMATS.includes(request.format);
  const fallback = initialWindow(articleQueries.publicationDates(db), context.today);
  const from = request.from ?? fallback.from;
  const to = request.to ?? fallback.to;
  const ranged = image || request.from !== undefined || request.to !== undefined;
  const document = buildExportDocument(db, ranged ? { ...request, from, to } : { ...request });
  const result = await exportDocument(document, request.format, {
    from,
    to,
    lanes: request.lanes ?? 'none',
    width: request.width ?? DEFAULT_IMAGE_WIDTH,
    scale: request.scale ?? 1,
    theme: request.theme ?? 'light',
    ...(request.title ? { title: request.title } : {}),
    filtersDescription: describeFilters(request),
    generatedAt: new Date(),
    appVersion: context.version,
  });
  const bytes = typeof result.data === 'string' ? Buffer.from(result.data, 'utf8') : Buffer.from(result.data);
  return {
    fileName: ranged ? `timeline-${from}-to-${to}.${result.extension}` : `timeline.${result.extension}`,
    mimeType: result.mimeType,
    data: bytes.toString('base64'),
  };
}
