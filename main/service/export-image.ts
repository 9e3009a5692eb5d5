/**
 * Timeline images (SVG, PNG, PDF) drawn from data for the app's export dialog and the command line.
 */
import type { Db } from '../../db';
import type { ExportedFile, ImageExportRequest } from '../common/api';
import { articles as articleQueries } from '../../db';
import { exportDocument } from '../export';
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

/** Draws the image a request asks for; the range defaults to the first view's window. */
export async function renderImage(
  db: Db,
  request: ImageExportRequest,
  context: { version: string; today: string },
): Promise<ExportedFile> {
  const fallback = initialWindow(articleQueries.publicationDates(db), context.today);
  const from = request.from ?? fallback.from;
  const to = request.to ?? fallback.to;
  const document = buildExportDocument(db, { ...request, from, to });
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
    fileName: `timeline-${from}-to-${to}.${result.extension}`,
    mimeType: result.mimeType,
    data: bytes.toString('base64'),
  };
}
