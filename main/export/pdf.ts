/**
 * PDF export: the same layout as the SVG, painted with pdfkit as vector shapes and real text in
 * the embedded DejaVu font, so titles and notes stay searchable and copyable.
 */
import PDFDocument from 'pdfkit';
import type { ExportDocument } from '../common/export-document';
import { fontPath } from './fonts';
import { computeTimelineLayout } from './layout/timeline';
import type { LegendSwatch, TextRun, TimelineLayout } from './layout/model';
import type { Palette } from './layout/theme';
import { measureText } from './fonts';
import type { TimelineImageOptions } from './types';

type Pdf = PDFKit.PDFDocument;

const REGULAR = 'DejaVuSans';
const BOLD = 'DejaVuSans-Bold';

function drawText(pdf: Pdf, run: TextRun): void {
  const width = measureText(run.text, run.size, run.weight);
  const x = run.anchor === 'middle' ? run.x - width / 2 : run.anchor === 'end' ? run.x - width : run.x;
  pdf
    .font(run.weight === 'bold' ? BOLD : REGULAR)
    .fontSize(run.size)
    .fillColor(run.color)
    .text(run.text, x, run.y, { lineBreak: false, baseline: 'alphabetic' });
}

function line(pdf: Pdf, x1: number, y1: number, x2: number, y2: number, color: string, width: number): void {
  pdf.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(width).strokeColor(color).stroke().restore();
}

type Mark = Pick<LegendSwatch, 'shape' | 'status' | 'certainty'> & { x: number; x2: number; y: number };

function tracePath(pdf: Pdf, mark: Mark, layout: TimelineLayout): void {
  if (mark.shape === 'point') pdf.circle(mark.x, mark.y, layout.pointRadius);
  else {
    const width = mark.x2 - mark.x;
    pdf.roundedRect(mark.x, mark.y - layout.barHeight / 2, width, layout.barHeight, Math.min(2, width / 2));
  }
}

/** A mark in the uncertainty styles of the SVG painter (see svg/marks.ts). */
function drawMark(pdf: Pdf, mark: Mark, layout: TimelineLayout): void {
  const color = layout.palette.status[mark.status];
  const half = mark.shape === 'point' ? layout.pointRadius : layout.barHeight / 2;
  const left = mark.shape === 'point' ? mark.x - half : mark.x;
  const right = mark.shape === 'point' ? mark.x + half : mark.x2;
  pdf.save();
  if (mark.certainty === 'exact') {
    tracePath(pdf, mark, layout);
    pdf.lineWidth(1).fillColor(color).strokeColor(color).fillAndStroke();
  } else if (mark.certainty === 'approximate') {
    tracePath(pdf, mark, layout);
    pdf.fillColor(color, 0.35).fill();
    tracePath(pdf, mark, layout);
    pdf.lineWidth(1.3).dash(3, { space: 2 }).strokeColor(color).stroke();
  } else {
    // Hatching: diagonal lines clipped to the shape, over a very light fill.
    pdf.save();
    tracePath(pdf, mark, layout);
    pdf.clip();
    pdf
      .rect(left, mark.y - half, right - left, 2 * half)
      .fillColor(color, 0.12)
      .fill();
    pdf.lineWidth(1.1).strokeColor(color, 0.75);
    for (let x = left - 2 * half; x < right + 2 * half; x += 2.83) {
      pdf.moveTo(x, mark.y + half).lineTo(x + 2 * half, mark.y - half);
    }
    pdf.stroke().restore();
    tracePath(pdf, mark, layout);
    pdf.lineWidth(1.4).lineCap('round').dash(0.1, { space: 2.4 }).strokeColor(color).stroke();
  }
  pdf.restore();
  if (mark.status === 'cancelled') {
    const cx = (left + right) / 2;
    const arm = half + 1.5;
    pdf.save().lineCap('round');
    line(pdf, cx - arm, mark.y - arm, cx + arm, mark.y + arm, layout.palette.text, 1.5);
    line(pdf, cx - arm, mark.y + arm, cx + arm, mark.y - arm, layout.palette.text, 1.5);
    pdf.restore();
  }
}

function paint(pdf: Pdf, layout: TimelineLayout): void {
  const { palette, axis, plot } = layout;
  pdf.rect(0, 0, layout.width, layout.height).fillColor(palette.background).fill();
  drawText(pdf, layout.title);
  drawText(pdf, layout.subtitle);
  for (const swatch of layout.legend.swatches)
    drawMark(pdf, { ...swatch, x2: swatch.x + swatch.width }, layout);
  for (const run of layout.legend.texts) drawText(pdf, run);
  for (const lane of layout.lanes) {
    if (lane.shaded)
      pdf
        .rect(layout.title.x, lane.top, plot.right - layout.title.x, lane.height)
        .fillColor(palette.band)
        .fill();
    if (lane.label) drawText(pdf, lane.label);
  }
  for (const { x } of axis.major) line(pdf, x, axis.y, x, axis.bottom, palette.grid, 1);
  for (const x of axis.minor) line(pdf, x, axis.y - 3, x, axis.y, palette.axis, 0.75);
  for (const { x, label } of axis.major) {
    line(pdf, x, axis.y - 6, x, axis.y, palette.axis, 1);
    drawText(pdf, label);
  }
  line(pdf, plot.left, axis.y, plot.right, axis.y, palette.axis, 1);
  line(pdf, plot.left, axis.bottom, plot.right, axis.bottom, palette.axis, 1);
  for (const mark of layout.unlabelled) drawMark(pdf, mark, layout);
  for (const mark of layout.marks) paintEvent(pdf, mark, layout, palette);
  if (layout.notes.heading) drawText(pdf, layout.notes.heading);
  for (const run of layout.notes.lines) drawText(pdf, run);
  drawText(pdf, layout.footer);
}

function paintEvent(
  pdf: Pdf,
  mark: TimelineLayout['marks'][number],
  layout: TimelineLayout,
  palette: Palette,
): void {
  drawMark(pdf, mark, layout);
  const { label } = mark;
  const color = mark.status === 'cancelled' ? palette.muted : palette.text;
  if (label.side === 'over') {
    pdf
      .roundedRect(label.x - 2, label.y - label.size, label.width + 4, label.size * 1.3, 2)
      .fillColor(palette.background, 0.85)
      .fill();
  }
  const base = { y: label.y, size: label.size, weight: 'regular' as const, anchor: 'start' as const };
  drawText(pdf, { ...base, text: label.title, x: label.x, color });
  if (label.reference) {
    const x = label.x + measureText(`${label.title} `, label.size);
    drawText(pdf, { ...base, text: label.reference, x, color: palette.muted });
  }
  if (mark.status === 'cancelled') {
    const y = label.y - label.size * 0.3;
    line(pdf, label.x, y, label.x + label.titleWidth, y, color, 1);
  }
}

/** Renders `doc` as a one-page vector PDF, page size = the layout's size in points. */
export async function renderTimelinePdf(
  doc: ExportDocument,
  options: TimelineImageOptions,
): Promise<Uint8Array> {
  const layout = computeTimelineLayout(doc, options);
  const pdf = new PDFDocument({
    size: [layout.width, layout.height],
    margin: 0,
    info: {
      Title: layout.title.text,
      Creator: `Timeline Explorer ${options.appVersion}`,
      CreationDate: options.generatedAt,
    },
  });
  pdf.registerFont(REGULAR, fontPath('regular'));
  pdf.registerFont(BOLD, fontPath('bold'));
  const chunks: Buffer[] = [];
  const done = new Promise<void>((resolve, reject) => {
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve());
    pdf.on('error', reject);
  });
  paint(pdf, layout);
  pdf.end();
  await done;
  return new Uint8Array(Buffer.concat(chunks));
}
