/**
 * Dense charts: when labelling every event would make the lanes taller than a budget (hundreds of
 * events), each lane gets a capped number of label rows, filled by priority (most-cited events
 * first), and the remaining events are drawn as bare marks packed into compact rows beneath. Their
 * full titles stay in the SVG tooltips. Labels are also limited to events whose sources fit the
 * capped note list, so every number on the image resolves to a listed source.
 */
import { isFree, occupy, placeLabels } from './labels';
import type { LabelRequest, LabelStyle, PlacedLabel, Row } from './labels';

/** What one lane holds: labelled events in label rows, the rest in mark rows under them. */
export interface LanePlan {
  placed: PlacedLabel[];
  /** Label rows used (at least one). */
  rows: number;
  /** Unlabelled events and their mark row (0 = the first row under the labels). */
  bare: { id: number; row: number }[];
  markRows: number;
}

export interface DenseSizes {
  /** Height the lanes together should take, about: half of it for label rows. */
  budget: number;
  rowHeight: number;
  /** Most source notes the image lists. */
  noteCapacity: number;
  /** The distinct article ids each event cites, by event id. */
  articlesOf: Map<number, number[]>;
}

/** Share of the height budget given to label rows. */
const LABEL_SHARE = 0.5;
/** Least horizontal space between two bare marks in a row. */
const MARK_SPACING = 3;

/**
 * Packs marks first-fit into rows, left to right: a row holds as many as do not overlap. Returns
 * each mark's row and the number of rows.
 */
export function packMarks(requests: LabelRequest[]): { bare: LanePlan['bare']; rows: number } {
  const rows: Row[] = [];
  const bare: LanePlan['bare'] = [];
  const half = MARK_SPACING / 2;
  const sorted = [...requests].sort((a, b) => a.markStart - b.markStart || a.id - b.id);
  for (const request of sorted) {
    const start = request.markStart - half;
    const end = request.markEnd + half;
    let row = rows.findIndex((r) => isFree(r, start, end));
    if (row < 0) {
      row = rows.length;
      rows.push([]);
    }
    occupy(rows[row] as Row, start, end);
    bare.push({ id: request.id, row });
  }
  return { bare, rows: rows.length };
}

/**
 * Row caps for lanes needing `needs` rows, sharing `total` rows: the largest common cap `c` with
 * Σ min(need, c) ≤ total, so sparse lanes keep all their rows and busy ones share the rest. At
 * least one row each.
 */
export function shareRows(needs: number[], total: number): number[] {
  const most = Math.max(1, ...needs);
  let cap = 1;
  while (cap < most && needs.reduce((sum, need) => sum + Math.min(need, cap + 1), 0) <= total) cap += 1;
  return needs.map((need) => Math.max(1, Math.min(need, cap)));
}

function planOnce(
  lanes: LabelRequest[][],
  caps: number[],
  left: number,
  right: number,
  style: LabelStyle,
  sizes: DenseSizes,
): LanePlan[] {
  const cited = new Set<number>();
  const total = lanes.reduce((sum, lane) => sum + lane.length, 0);
  return lanes.map((requests, index) => {
    // Each lane may bring new sources in proportion to its events, so the first lane cannot use
    // up the whole note list.
    const quota = Math.floor((sizes.noteCapacity * requests.length) / Math.max(1, total));
    let brought = 0;
    const admit = (request: LabelRequest): boolean => {
      const fresh = (sizes.articlesOf.get(request.id) ?? []).filter((id) => !cited.has(id));
      if (brought + fresh.length > quota) return false;
      brought += fresh.length;
      for (const id of fresh) cited.add(id);
      return true;
    };
    const { placed, rows, unplaced } = placeLabels(requests, left, right, style, {
      maxRows: caps[index] ?? 1,
      admit,
    });
    const packed = packMarks(unplaced);
    return { placed, rows, bare: packed.bare, markRows: packed.rows };
  });
}

/**
 * Plans dense lanes: half the height budget goes to label rows, shared between the lanes by
 * `shareRows` (`needs` are the rows each would take with every event labelled); the unlabelled
 * marks take what they need under them. Labels are never squeezed to make room for marks: with
 * very many events the marks alone outgrow the budget, and the chart is better with its labels.
 */
export function planDenseLanes(
  lanes: LabelRequest[][],
  needs: number[],
  left: number,
  right: number,
  style: LabelStyle,
  sizes: DenseSizes,
): LanePlan[] {
  const labelRows = Math.max(lanes.length, Math.floor((sizes.budget * LABEL_SHARE) / sizes.rowHeight));
  return planOnce(lanes, shareRows(needs, labelRows), left, right, style, sizes);
}
