import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_STATE,
  fitToDisplays,
  loadShellState,
  MIN_WIDTH,
  parseShellState,
  saveShellState,
} from './shell-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: 0, width: 2560, height: 1415 };

describe('remembered window state', () => {
  it('falls back to defaults, field by field, for broken or hostile files', () => {
    expect(parseShellState('not json')).toEqual(DEFAULT_STATE);
    expect(parseShellState('[]')).toEqual(DEFAULT_STATE);
    expect(
      parseShellState('{"bounds":{"x":"0","y":0,"width":800,"height":600},"maximized":true,"theme":"neon"}'),
    ).toEqual({
      bounds: null,
      maximized: true,
      theme: 'system',
    });
    expect(parseShellState('{"bounds":{"x":1e308,"y":0,"width":800,"height":600}}').bounds).toBeNull();
  });

  it('saves and loads the same state', () => {
    const dir = mkdtempSync(join(tmpdir(), 'timeline-state-'));
    try {
      const file = join(dir, 'nested', 'window-state.json');
      expect(loadShellState(file)).toEqual(DEFAULT_STATE);
      const state = {
        bounds: { x: 10, y: 20, width: 900, height: 700 },
        maximized: false,
        theme: 'dark' as const,
      };
      saveShellState(file, state);
      expect(loadShellState(file)).toEqual(state);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps bounds that are on a display', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900 };
    expect(fitToDisplays(saved, [laptop, external])).toEqual(saved);
  });

  it('centres on the primary display when the saved display is gone', () => {
    const bounds = fitToDisplays({ x: 1600, y: 100, width: 1200, height: 800 }, [laptop]);
    expect(bounds).toEqual({ x: 120, y: 38, width: 1200, height: 800 });
  });

  it('shrinks and pulls a window that overhangs its display back inside it', () => {
    const bounds = fitToDisplays({ x: -200, y: 500, width: 3000, height: 800 }, [laptop]);
    expect(bounds).toEqual({ x: 0, y: 75, width: 1440, height: 800 });
  });

  it('opens at the default size, centred, the first time', () => {
    const bounds = fitToDisplays(null, [external]);
    expect(bounds.width).toBeGreaterThanOrEqual(MIN_WIDTH);
    expect(bounds.x + bounds.width / 2).toBeCloseTo(external.x + external.width / 2, -1);
  });
});
