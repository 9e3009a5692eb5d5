/**
 * Computes the whole layout of an exported timeline: heading, legend, adaptive axis, lanes with
 * collision-free labels, source notes and footer. Pure: the painters only draw what it returns.
 */
import type { ExportDocument, ExportEvent } from '../../common/export-document';
import { formatInterval } from '../../common/format-date';
import { eventSpan, exclusiveEnd, formatWindow, toMs } from '../dates';
import type { EventSpan } from '../dates';
import { FONT_FAMILY, fitText, measureText } from '../fonts';
import type { TimelineImageOptions } from '../types';
import { planDenseLanes } from './dense';
import type { LanePlan } from './dense';
import { placeLabels, withReference } from './labels';
import type { LabelRequest } from './labels';
import { assignLanes } from './lanes';
import { layoutLegend } from './legend';
import type { BareMark, EventMark, LaneLayout, TextRun, TimelineLayout } from './model';
import { numberNotes, referenceMark } from './notes';
import { denseNoteCapacity, layoutNotes } from './notes-layout';
import { paletteFor } from './theme';
import { computeTicks } from './ticks';

const MARGIN = 32;
const TITLE_SIZE = 20;
const SUBTITLE_SIZE = 12;
const AXIS_SIZE = 11;
const LABEL_SIZE = 11;
const LANE_LABEL_SIZE = 11;
const FOOTER_SIZE = 10;
const LANE_PADDING = 6;
const POINT_RADIUS = 5;
const BAR_HEIGHT = 10;
const MIN_BAR_WIDTH = 4;
/** Rows of bare marks in dense charts: marks are 10 px tall (13 with a cancelled cross). */
const MARK_ROW_HEIGHT = 14;
/** Past this height for the lanes (the larger of the two), charts go dense. */
const MIN_LANES_BUDGET = 720;
const LANES_BUDGET_RATIO = 1.25;
const DENSE_LABEL_WIDTH = 240;

const CERTAINTY_RANK = { exact: 2, approximate: 1, uncertain: 0 } as const;

/** Which events a dense chart labels first: the most-cited, then the most certain. */
function priorityOf(event: ExportEvent | undefined, articlesOf: Map<number, number[]>): number {
  if (!event) return 0;
  return (articlesOf.get(event.id)?.length ?? 0) * 3 + CERTAINTY_RANK[event.certainty];
}

interface Drawn {
  event: ExportEvent;
  span: EventSpan;
}

/** Events overlapping `[from, to)` (UTC ms), in reading order: by start, then id. */
function eventsInRange(doc: ExportDocument, from: number, to: number): Drawn[] {
  const drawn: Drawn[] = [];
  for (const event of doc.events) {
    const span = eventSpan(event);
    const inside = span.point ? span.start >= from && span.start < to : span.end > from && span.start < to;
    if (inside) drawn.push({ event, span });
  }
  return drawn.sort((a, b) => a.span.start - b.span.start || a.event.id - b.event.id);
}

function text(
  value: string,
  x: number,
  y: number,
  size: number,
  color: string,
  weight: 'regular' | 'bold' = 'regular',
  anchor: TextRun['anchor'] = 'start',
): TextRun {
  return { text: value, x, y, size, weight, color, anchor };
}

/** Lays out `doc` for an image export. */
export function computeTimelineLayout(doc: ExportDocument, options: TimelineImageOptions): TimelineLayout {
  const width = Math.max(320, Math.round(options.width));
  const palette = paletteFor(options.theme);
  const from = toMs(options.from);
  const to = Math.max(exclusiveEnd(options.to), from + 60_000);
  const drawn = eventsInRange(doc, from, to);
  const events = drawn.map((d) => d.event);
  const right = width - MARGIN;

  // Heading.
  const heading = fitText(options.title?.trim() || 'Timeline', TITLE_SIZE, right - MARGIN, 'bold');
  const title = text(heading, MARGIN, MARGIN + 18, TITLE_SIZE, palette.text, 'bold');
  const count = `${events.length} event${events.length === 1 ? '' : 's'}`;
  const lanesNote = options.lanes === 'none' ? '' : ` · lanes by ${options.lanes}`;
  const subtitleText = `${formatWindow(options.from, options.to)} · ${count}${lanesNote}`;
  const subtitle = text(
    fitText(subtitleText, SUBTITLE_SIZE, right - MARGIN),
    MARGIN,
    title.y + 22,
    SUBTITLE_SIZE,
    palette.muted,
  );
  const legend = layoutLegend(subtitle.y + 26, MARGIN, right, palette);

  // Lanes and the plot area.
  const lanes = assignLanes(doc, events, options.lanes);
  const laneLabelWidth =
    options.lanes === 'none'
      ? 0
      : Math.min(180, Math.max(60, ...lanes.labels.map((l) => measureText(l, LANE_LABEL_SIZE, 'bold') + 16)));
  const left = MARGIN + laneLabelWidth;
  const plotWidth = right - left;
  const xOf = (ms: number): number => left + ((ms - from) / (to - from)) * plotWidth;

  // Axis.
  const ticks = computeTicks(from, to, plotWidth, (label) => measureText(label, AXIS_SIZE));
  const axisLabelY = legend.bottom + 26;
  const axisY = axisLabelY + 9;
  const major = ticks.major.map((tick) => {
    const x = xOf(tick.at);
    const half = measureText(tick.label, AXIS_SIZE) / 2;
    // Keep edge labels inside the image rather than centred past it.
    const centre = Math.min(Math.max(x, MARGIN + half), right - half);
    return { x, label: text(tick.label, centre, axisLabelY, AXIS_SIZE, palette.muted, 'regular', 'middle') };
  });

  // Marks and labels, lane by lane.
  let notes = numberNotes(doc, events);
  const requestsByLane: LabelRequest[][] = lanes.labels.map(() => []);
  const geometry = new Map<number, { x: number; x2: number; clippedStart: boolean; clippedEnd: boolean }>();
  for (const { event, span } of drawn) {
    let x: number;
    let x2: number;
    let clippedStart = false;
    let clippedEnd = false;
    if (span.point) {
      x = xOf(span.start);
      x2 = x;
    } else {
      clippedStart = span.start < from;
      clippedEnd = span.end > to;
      x = xOf(Math.max(span.start, from));
      x2 = Math.max(xOf(Math.min(span.end, to)), x + MIN_BAR_WIDTH);
      if (x2 > right) [x, x2] = [right - MIN_BAR_WIDTH, right];
    }
    geometry.set(event.id, { x, x2, clippedStart, clippedEnd });
    const lane = lanes.laneOf.get(event.id) ?? 0;
    requestsByLane[lane]?.push({
      id: event.id,
      markStart: span.point ? x - POINT_RADIUS : x,
      markEnd: span.point ? x + POINT_RADIUS : x2,
      title: event.title.trim() || 'Untitled event',
      reference: referenceMark(notes.numbersOf.get(event.id) ?? []),
    });
  }
  // Crowded charts get shorter labels, so rows hold more of them (the full title stays in the
  // tooltip): 340 px up to 60 events, narrowing to 150 px by about 300.
  const crowding = Math.sqrt(60 / Math.max(60, events.length));
  const labelStyle = {
    fontSize: LABEL_SIZE,
    gap: 6,
    spacing: 10,
    maxWidth: Math.min(Math.max(150, 340 * crowding), plotWidth * 0.45),
  };
  // Crowded charts also pack their rows a little closer (label boxes are 13 px tall).
  const rowHeight = events.length > 200 ? 18 : 20;
  const byId = new Map(events.map((e) => [e.id, e]));
  let plans: LanePlan[] = requestsByLane.map((list) => ({
    ...placeLabels(list, left, right, labelStyle),
    bare: [],
    markRows: 0,
  }));
  // Dense mode, only when labelling every event would make the lanes taller than the budget.
  const budget = Math.max(MIN_LANES_BUDGET, width * LANES_BUDGET_RATIO);
  const needs = plans.map((plan) => plan.rows);
  const dense = needs.reduce((sum, rows) => sum + rows * rowHeight + 2 * LANE_PADDING, 0) > budget;
  if (dense) {
    const articlesOf = new Map(events.map((e) => [e.id, [...new Set(e.mentions.map((m) => m.articleId))]]));
    const prioritised = requestsByLane.map((list) =>
      list.map((request) => ({ ...request, priority: priorityOf(byId.get(request.id), articlesOf) })),
    );
    // Far fewer labels are drawn, so each may keep more of its title.
    const denseStyle = { ...labelStyle, maxWidth: Math.min(DENSE_LABEL_WIDTH, plotWidth * 0.45) };
    plans = planDenseLanes(prioritised, needs, left, right, denseStyle, {
      budget,
      rowHeight,
      noteCapacity: denseNoteCapacity(right - MARGIN),
      articlesOf,
    });
    // Number only the sources of labelled events, and rewrite the references to match.
    const labelled = new Set(plans.flatMap((plan) => plan.placed.map((label) => label.id)));
    notes = numberNotes(
      doc,
      events.filter((e) => labelled.has(e.id)),
    );
    const numbered = notes;
    // Say so in the subtitle: the reader should know most marks are unlabelled on purpose.
    subtitle.text = fitText(
      `${formatWindow(options.from, options.to)} · ${count}, ${labelled.size} labelled${lanesNote}`,
      SUBTITLE_SIZE,
      right - MARGIN,
    );
    plans = plans.map((plan) => ({
      ...plan,
      placed: plan.placed.map((label) =>
        withReference(
          label,
          byId.get(label.id)?.title.trim() || 'Untitled event',
          referenceMark(numbered.numbersOf.get(label.id) ?? []),
          denseStyle,
        ),
      ),
    }));
  }
  const laneLayouts: LaneLayout[] = [];
  const marks: EventMark[] = [];
  const unlabelled: BareMark[] = [];
  const bareMark = (id: number, y: number): BareMark | null => {
    const event = byId.get(id);
    const shape = geometry.get(id);
    if (!event || !shape) return null;
    return {
      eventId: event.id,
      tooltip: `${event.title} (${formatInterval(event, { withCertainty: true })})`,
      status: event.status,
      certainty: event.certainty,
      shape: eventSpan(event).point ? 'point' : 'bar',
      ...shape,
      y,
    };
  };
  let top = axisY;
  lanes.labels.forEach((laneLabel, index) => {
    const { placed, rows, bare, markRows } = plans[index] as LanePlan;
    const markTop = top + LANE_PADDING + rows * rowHeight + LANE_PADDING;
    const height =
      rows * rowHeight + 2 * LANE_PADDING + (markRows > 0 ? LANE_PADDING + markRows * MARK_ROW_HEIGHT : 0);
    const firstRowY = top + LANE_PADDING + rowHeight / 2;
    laneLayouts.push({
      top,
      height,
      shaded: index % 2 === 1,
      label: laneLabel
        ? text(
            fitText(laneLabel, LANE_LABEL_SIZE, laneLabelWidth - 12, 'bold'),
            MARGIN,
            firstRowY + 4,
            LANE_LABEL_SIZE,
            palette.text,
            'bold',
          )
        : null,
    });
    for (const label of placed) {
      const y = firstRowY + label.row * rowHeight;
      const mark = bareMark(label.id, y);
      if (!mark) continue;
      marks.push({
        ...mark,
        label: {
          x: label.x,
          y: y + LABEL_SIZE * 0.36,
          size: LABEL_SIZE,
          title: label.title,
          reference: label.text.slice(label.title.length).trim(),
          text: label.text,
          width: label.width,
          titleWidth: label.titleWidth,
          side: label.side,
        },
      });
    }
    for (const { id, row } of bare) {
      const mark = bareMark(id, markTop + (row + 0.5) * MARK_ROW_HEIGHT);
      if (mark) unlabelled.push(mark);
    }
    top += height;
  });
  const bottom = top;

  // Source notes, in columns when there are many.
  let y = bottom + 34;
  const notesHeading = notes.notes.length > 0 ? text('Sources', MARGIN, y, 12, palette.text, 'bold') : null;
  if (notesHeading) y += 20;
  const noteLayout = layoutNotes(notes.notes, MARGIN, right, y, palette.text, palette.muted, dense);
  const noteLines = noteLayout.lines;
  y = noteLayout.bottom;
  y += notesHeading ? 14 : 0;
  const footerText = `Timeline Explorer ${options.appVersion} · exported ${options.generatedAt.toISOString()} · filters: ${options.filtersDescription || 'none'}`;
  const footer = text(
    fitText(footerText, FOOTER_SIZE, right - MARGIN),
    MARGIN,
    y,
    FOOTER_SIZE,
    palette.muted,
  );

  return {
    width,
    height: Math.ceil(y + MARGIN - 8),
    fontFamily: options.fontFamily ?? FONT_FAMILY,
    palette,
    pointRadius: POINT_RADIUS,
    barHeight: BAR_HEIGHT,
    plot: { left, right, top: axisY, bottom },
    title,
    subtitle,
    legend: { texts: legend.texts, swatches: legend.swatches },
    axis: { y: axisY, bottom, major, minor: ticks.minor.map(xOf) },
    lanes: laneLayouts,
    marks,
    unlabelled,
    notes: { heading: notesHeading, lines: noteLines },
    footer,
  };
}
