/**
 * SVG for one mark (a point or a bar) in the app's uncertainty styles: exact is solid, approximate
 * is a dashed outline on a lighter fill, uncertain a dotted outline on a hatched fill. Cancelled
 * marks also get a cross.
 */
import type { Certainty, EventStatus } from '../../common/model';
import { EVENT_STATUSES } from '../../common/model';
import type { Palette } from '../layout/theme';
import { attrs, num } from './xml';

/** The id of the hatch pattern for a status. */
export function hatchId(status: EventStatus): string {
  return `hatch-${status}`;
}

/** `<pattern>` definitions for the uncertain fill, one per status colour. */
export function hatchPatterns(palette: Palette): string {
  return EVENT_STATUSES.map((status) => {
    const color = palette.status[status];
    return (
      `<pattern${attrs({ id: hatchId(status), patternUnits: 'userSpaceOnUse', width: 4, height: 4, patternTransform: 'rotate(45)' })}>` +
      `<rect${attrs({ width: 4, height: 4, fill: color, 'fill-opacity': 0.12 })}/>` +
      `<line${attrs({ x1: 1, y1: 0, x2: 1, y2: 4, stroke: color, 'stroke-width': 1.3, 'stroke-opacity': 0.75 })}/>` +
      `</pattern>`
    );
  }).join('');
}

function styleOf(
  status: EventStatus,
  certainty: Certainty,
  palette: Palette,
): Record<string, string | number> {
  const color = palette.status[status];
  switch (certainty) {
    case 'approximate':
      return {
        fill: color,
        'fill-opacity': 0.35,
        stroke: color,
        'stroke-width': 1.3,
        'stroke-dasharray': '3 2',
      };
    case 'uncertain':
      return {
        fill: `url(#${hatchId(status)})`,
        stroke: color,
        'stroke-width': 1.4,
        'stroke-dasharray': '0.1 2.4',
        'stroke-linecap': 'round',
      };
    default:
      return { fill: color, stroke: color, 'stroke-width': 1 };
  }
}

export interface MarkShape {
  shape: 'point' | 'bar';
  x: number;
  x2: number;
  y: number;
  status: EventStatus;
  certainty: Certainty;
}

/** SVG elements drawing `mark`. */
export function markSvg(mark: MarkShape, radius: number, barHeight: number, palette: Palette): string {
  const style = styleOf(mark.status, mark.certainty, palette);
  let out: string;
  let cx: number;
  let half: number;
  if (mark.shape === 'point') {
    out = `<circle${attrs({ cx: mark.x, cy: mark.y, r: radius, ...style })}/>`;
    cx = mark.x;
    half = radius + 1.5;
  } else {
    const width = mark.x2 - mark.x;
    out = `<rect${attrs({ x: mark.x, y: mark.y - barHeight / 2, width, height: barHeight, rx: Math.min(2, width / 2), ...style })}/>`;
    cx = (mark.x + mark.x2) / 2;
    half = barHeight / 2 + 1.5;
  }
  if (mark.status === 'cancelled') {
    const cross = { stroke: palette.text, 'stroke-width': 1.5, 'stroke-linecap': 'round' };
    out += `<path${attrs({ d: `M${num(cx - half)} ${num(mark.y - half)}L${num(cx + half)} ${num(mark.y + half)}M${num(cx - half)} ${num(mark.y + half)}L${num(cx + half)} ${num(mark.y - half)}`, ...cross })}/>`;
  }
  return out;
}
