/**
 * What the shell remembers between runs: the window's place and size, whether it was maximized,
 * and the chosen theme. Kept in a small JSON file in userData, validated on read (it may be stale,
 * hand-edited or from another version) and fitted to the displays present now.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { z } from 'zod';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type ThemeSource = 'system' | 'light' | 'dark';

export interface ShellState {
  bounds: Rect | null;
  maximized: boolean;
  theme: ThemeSource;
}

export const MIN_WIDTH = 720;
export const MIN_HEIGHT = 480;
const DEFAULT_SIZE = { width: 1280, height: 820 };
/** A window showing less than this much of itself on any display is moved back into view. */
const MIN_VISIBLE = 120;

const coordinate = z.number().int().min(-100_000).max(100_000);
const size = z.number().int().min(1).max(100_000);
const stateSchema = z.object({
  bounds: z.object({ x: coordinate, y: coordinate, width: size, height: size }).nullable().catch(null),
  maximized: z.boolean().catch(false),
  theme: z.enum(['system', 'light', 'dark']).catch('system'),
});

export const DEFAULT_STATE: ShellState = { bounds: null, maximized: false, theme: 'system' };

/** Parses the saved file; anything unreadable falls back field by field to the defaults. */
export function parseShellState(text: string): ShellState {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ...DEFAULT_STATE };
  }
  const parsed = stateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { ...DEFAULT_STATE };
}

/** Reads the state file, or the defaults when it is missing or broken. */
export function loadShellState(file: string): ShellState {
  try {
    return parseShellState(readFileSync(file, 'utf8'));
  } catch {
    return { ...DEFAULT_STATE };
  }
}

/** Writes the state file atomically (a crash mid-write leaves the old one). */
export function saveShellState(file: string, state: ShellState): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`);
  renameSync(temporary, file);
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return { width: Math.max(0, width), height: Math.max(0, height) };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), Math.max(low, high));
}

/**
 * Where to open the window given the saved bounds and the work areas of the displays now attached
 * (primary first). Saved bounds are kept when enough of them shows on some display, shrunk to fit it
 * and pulled fully inside it; otherwise (display unplugged, resolution changed) the window keeps its
 * size but opens centered on the primary display.
 */
export function fitToDisplays(saved: Rect | null, workAreas: readonly Rect[]): Rect {
  const primary = workAreas[0] ?? { x: 0, y: 0, width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height };
  let area = primary;
  let keepPosition = false;
  if (saved) {
    let best = 0;
    for (const candidate of workAreas) {
      const shown = overlap(saved, candidate);
      const score =
        shown.width >= MIN_VISIBLE && shown.height >= MIN_VISIBLE ? shown.width * shown.height : 0;
      if (score > best) {
        best = score;
        area = candidate;
        keepPosition = true;
      }
    }
  }
  // The size survives a lost display; the position only makes sense on the display it was on.
  const width = clamp(saved?.width ?? DEFAULT_SIZE.width, Math.min(MIN_WIDTH, area.width), area.width);
  const height = clamp(saved?.height ?? DEFAULT_SIZE.height, Math.min(MIN_HEIGHT, area.height), area.height);
  if (saved && keepPosition) {
    return {
      x: clamp(saved.x, area.x, area.x + area.width - width),
      y: clamp(saved.y, area.y, area.y + area.height - height),
      width,
      height,
    };
  }
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  };
}
