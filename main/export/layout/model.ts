/**
 * The layout model: everything the painters draw, already positioned. Computed once by
 * `computeTimelineLayout`, painted by the SVG and PDF painters alike, so both outputs agree.
 * Coordinates are pixels (PDF points), origin top left; text `y` is the baseline.
 */
import type { Certainty, EventStatus } from '../../common/model';
import type { FontWeight } from '../fonts';
import type { LabelSide } from './labels';
import type { Palette } from './theme';

export interface TextRun {
  text: string;
  x: number;
  y: number;
  size: number;
  weight: FontWeight;
  color: string;
  anchor: 'start' | 'middle' | 'end';
}

/** A sample mark in the legend. */
export interface LegendSwatch {
  shape: 'point' | 'bar';
  /** Centre of a point, left edge of a bar. */
  x: number;
  /** Vertical centre. */
  y: number;
  width: number;
  status: EventStatus;
  certainty: Certainty;
}

export interface AxisLayout {
  /** The axis line, at the top of the lanes. */
  y: number;
  /** The bottom of the lanes, where gridlines end and a second line is drawn. */
  bottom: number;
  major: { x: number; label: TextRun }[];
  minor: number[];
}

export interface LaneLayout {
  top: number;
  height: number;
  /** Every other lane gets a tinted band. */
  shaded: boolean;
  label: TextRun | null;
}

export interface EventLabel {
  x: number;
  y: number;
  size: number;
  /** The title as drawn (maybe shortened), then the note reference. */
  title: string;
  reference: string;
  text: string;
  width: number;
  titleWidth: number;
  side: LabelSide;
}

/** An event's mark; dense charts draw some events this way only, without a label. */
export interface BareMark {
  eventId: number;
  /** Full title and date, for tooltips and accessibility. */
  tooltip: string;
  status: EventStatus;
  certainty: Certainty;
  shape: 'point' | 'bar';
  /** Centre of a point; left edge of a bar. */
  x: number;
  /** Right edge of a bar (equal to `x` for a point). */
  x2: number;
  /** Vertical centre. */
  y: number;
  /** True when the bar continues beyond the left or right edge of the chart. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** An event's mark with its label. */
export interface EventMark extends BareMark {
  label: EventLabel;
}

export interface TimelineLayout {
  width: number;
  height: number;
  fontFamily: string;
  palette: Palette;
  /** Sizes of the marks. */
  pointRadius: number;
  barHeight: number;
  plot: { left: number; right: number; top: number; bottom: number };
  title: TextRun;
  subtitle: TextRun;
  legend: { texts: TextRun[]; swatches: LegendSwatch[] };
  axis: AxisLayout;
  lanes: LaneLayout[];
  marks: EventMark[];
  /**
   * Dense charts (too many events to label all within a sane height): events drawn as marks
   * only, packed in compact rows under each lane's labels. Empty otherwise.
   */
  unlabelled: BareMark[];
  notes: { heading: TextRun | null; lines: TextRun[] };
  footer: TextRun;
}
