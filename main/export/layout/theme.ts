/**
 * Colours of the exported timeline, light and dark. Status is carried by hue; certainty by the
 * outline and fill (see paint styles), so the two stay readable together and in grey print.
 */
import type { Theme } from '../../common/api';
import type { EventStatus } from '../../common/model';

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  band: string;
  axis: string;
  /** Text drawn over a solid status fill. */
  onMark: string;
  status: Record<EventStatus, string>;
}

const LIGHT: Palette = {
  background: '#ffffff',
  text: '#1f2328',
  muted: '#5f6670',
  grid: '#e3e6ea',
  band: '#f4f6f8',
  axis: '#8c939c',
  onMark: '#ffffff',
  status: { occurred: '#1f6fb5', scheduled: '#19875a', possible: '#c06f00', cancelled: '#7d8590' },
};

const DARK: Palette = {
  background: '#16181d',
  text: '#e6e8eb',
  muted: '#9aa3ad',
  grid: '#2c313a',
  band: '#1d2128',
  axis: '#6b7480',
  onMark: '#0d0f12',
  status: { occurred: '#5aa2f0', scheduled: '#3fbf7f', possible: '#e5a23a', cancelled: '#8b949e' },
};

/** The palette of a theme. */
export function paletteFor(theme: Theme): Palette {
  return theme === 'dark' ? DARK : LIGHT;
}

/** Words used for statuses in the legend and lane labels. */
export const STATUS_LABELS: Record<EventStatus, string> = {
  occurred: 'Occurred',
  scheduled: 'Scheduled',
  possible: 'Possible',
  cancelled: 'Cancelled',
};
