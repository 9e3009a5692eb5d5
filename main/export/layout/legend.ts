/**
 * The legend row: status by colour (cancelled also crossed), certainty by outline and fill.
 * Wraps onto a second line when the chart is narrow.
 */
import { CERTAINTIES, EVENT_STATUSES } from '../../common/model';
import type { Certainty, EventStatus } from '../../common/model';
import { measureText } from '../fonts';
import type { LegendSwatch, TextRun } from './model';
import type { Palette } from './theme';
import { STATUS_LABELS } from './theme';

const SIZE = 11;
const LINE = 20;

const CERTAINTY_LABELS: Record<Certainty, string> = {
  exact: 'Exact date',
  approximate: 'Approximate',
  uncertain: 'Uncertain',
};

interface Entry {
  heading?: string;
  swatch?: { shape: 'point' | 'bar'; status: EventStatus; certainty: Certainty; width: number };
  label: string;
}

/** Lays the legend out from `top` (the first baseline) between `left` and `right`. */
export function layoutLegend(
  top: number,
  left: number,
  right: number,
  palette: Palette,
): { texts: TextRun[]; swatches: LegendSwatch[]; bottom: number } {
  const entries: Entry[] = [
    ...EVENT_STATUSES.map((status, i): Entry => ({
      heading: i === 0 ? 'Status' : undefined,
      swatch: { shape: 'point', status, certainty: 'exact', width: 10 },
      label: STATUS_LABELS[status],
    })),
    ...CERTAINTIES.map((certainty, i): Entry => ({
      heading: i === 0 ? 'Certainty' : undefined,
      swatch: { shape: 'bar', status: 'occurred', certainty, width: 22 },
      label: CERTAINTY_LABELS[certainty],
    })),
    {
      heading: 'Shape',
      swatch: { shape: 'point', status: 'occurred', certainty: 'exact', width: 10 },
      label: 'A day or less',
    },
    { swatch: { shape: 'bar', status: 'occurred', certainty: 'exact', width: 22 }, label: 'A longer period' },
  ];
  // A group (heading and its entries) wraps as a whole, so no entry is parted from its heading.
  const groups: Entry[][] = [];
  for (const entry of entries) {
    if (entry.heading || groups.length === 0) groups.push([]);
    groups[groups.length - 1]?.push(entry);
  }
  const widthOf = (entry: Entry): number =>
    (entry.heading ? measureText(entry.heading, SIZE, 'bold') + 8 : 0) +
    (entry.swatch ? entry.swatch.width + 6 : 0) +
    measureText(entry.label, SIZE) +
    16;
  const texts: TextRun[] = [];
  const swatches: LegendSwatch[] = [];
  let x = left;
  let y = top;
  for (const group of groups) {
    const groupWidth = group.reduce((sum, entry) => sum + widthOf(entry), 0);
    if (x > left && x + 12 + groupWidth - 16 > right) {
      x = left;
      y += LINE;
    } else if (x > left) {
      x += 12;
    }
    for (const entry of group) {
      if (x > left && x + widthOf(entry) - 16 > right) {
        x = left;
        y += LINE;
      }
      if (entry.heading) {
        texts.push({
          text: entry.heading,
          x,
          y,
          size: SIZE,
          weight: 'bold',
          color: palette.text,
          anchor: 'start',
        });
        x += measureText(entry.heading, SIZE, 'bold') + 8;
      }
      if (entry.swatch) {
        const { shape, status, certainty, width: w } = entry.swatch;
        swatches.push({
          shape,
          status,
          certainty,
          width: w,
          x: shape === 'point' ? x + w / 2 : x,
          y: y - SIZE * 0.36,
        });
        x += w + 6;
      }
      texts.push({
        text: entry.label,
        x,
        y,
        size: SIZE,
        weight: 'regular',
        color: palette.muted,
        anchor: 'start',
      });
      x += measureText(entry.label, SIZE) + 16;
    }
  }
  return { texts, swatches, bottom: y + 6 };
}
