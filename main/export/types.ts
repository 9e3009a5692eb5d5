/**
 * Options shared by the image exporters (SVG, PNG, PDF). The lead's CLI and API fill them from
 * `ImageExportRequest`; the layout turns them, with an export document, into a drawing.
 */
import type { LaneMode, Theme } from '../common/api';

export interface TimelineImageOptions {
  /** First day drawn, ISO `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM`); inclusive. */
  from: string;
  /** Last day drawn, ISO `YYYY-MM-DD` (or `YYYY-MM-DDTHH:MM`); inclusive: a date means its whole day. */
  to: string;
  lanes: LaneMode;
  /** Width in CSS pixels (PDF points); the height follows from the content. */
  width: number;
  theme: Theme;
  /** Heading drawn above the chart; defaults to "Timeline". */
  title?: string;
  /** The filters that selected the events, in words, for the footer ("none" when unfiltered). */
  filtersDescription: string;
  generatedAt: Date;
  appVersion: string;
  /** CSS font family written into the SVG; defaults to the shipped "DejaVu Sans". */
  fontFamily?: string;
}

/** Formats `exportDocument` can produce. */
export const EXPORT_FORMATS = ['svg', 'png', 'pdf', 'json', 'csv', 'timelinejs', 'timesketch'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
