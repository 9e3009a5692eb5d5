/**
 * One entry point for every export format: the CLI and the API call `exportDocument` with the
 * document and options, and get bytes or text with a MIME type and file extension.
 */
import type { ExportDocument } from '../common/export-document';
import type { LaneMode } from '../common/api';
import { toCsv } from './csv';
import { renderTimelinePdf } from './pdf';
import { renderTimelinePng } from './png';
import { renderTimelineSvg } from './svg/index';
import { toTimelineJs } from './timelinejs';
import { toTimesketchJsonl } from './timesketch';
import type { ExportFormat, TimelineImageOptions } from './types';

export type { ExportFormat, TimelineImageOptions } from './types';
export { EXPORT_FORMATS } from './types';

export interface ExportOptions extends TimelineImageOptions {
  /** PNG pixel ratio, rounded and kept within 1–3; 2 by default. */
  scale?: number;
  /** Lane mode for TimelineJS `group`s; falls back to `lanes`. */
  groupBy?: LaneMode;
}

export interface ExportResult {
  data: Uint8Array | string;
  mimeType: string;
  /** Without the dot. */
  extension: string;
}

function pixelRatio(scale: number | undefined): 1 | 2 | 3 {
  const rounded = Math.round(scale ?? 2);
  return rounded <= 1 ? 1 : rounded >= 3 ? 3 : 2;
}

/** Produces `doc` in `format`. Image formats use the whole of `options`; the others only a title. */
export async function exportDocument(
  doc: ExportDocument,
  format: ExportFormat,
  options: ExportOptions,
): Promise<ExportResult> {
  switch (format) {
    case 'svg':
      return { data: renderTimelineSvg(doc, options), mimeType: 'image/svg+xml', extension: 'svg' };
    case 'png': {
      const svg = renderTimelineSvg(doc, options, { outlineText: true });
      const data = await renderTimelinePng(svg, { width: options.width, scale: pixelRatio(options.scale) });
      return { data, mimeType: 'image/png', extension: 'png' };
    }
    case 'pdf':
      return { data: await renderTimelinePdf(doc, options), mimeType: 'application/pdf', extension: 'pdf' };
    case 'csv':
      return { data: toCsv(doc, { bom: true }), mimeType: 'text/csv; charset=utf-8', extension: 'csv' };
    case 'timelinejs': {
      const timeline = toTimelineJs(doc, { title: options.title, lanes: options.groupBy ?? options.lanes });
      return {
        data: `${JSON.stringify(timeline, null, 2)}\n`,
        mimeType: 'application/json',
        extension: 'json',
      };
    }
    case 'timesketch':
      return { data: toTimesketchJsonl(doc), mimeType: 'application/x-ndjson', extension: 'jsonl' };
    case 'json':
      return { data: `${JSON.stringify(doc, null, 2)}\n`, mimeType: 'application/json', extension: 'json' };
  }
}
