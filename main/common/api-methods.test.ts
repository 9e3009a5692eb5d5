import { describe, expect, it } from 'vitest';
import { isTimelineMethod, TIMELINE_EVENTS, TIMELINE_METHODS, timelineChannel } from './api-methods';

describe('API method list', () => {
  it('lists each request-response method once and no events', () => {
    expect(new Set(TIMELINE_METHODS).size).toBe(TIMELINE_METHODS.length);
    expect(TIMELINE_METHODS).toContain('getOverview');
    expect(TIMELINE_METHODS).toContain('exportImage');
    expect(TIMELINE_METHODS.some((name) => name.startsWith('onDid'))).toBe(false);
    expect(TIMELINE_EVENTS).toEqual(['onDidImportProgress']);
  });

  it('accepts only own method names', () => {
    for (const method of TIMELINE_METHODS) expect(isTimelineMethod(method)).toBe(true);
    for (const name of [
      'constructor',
      '__proto__',
      'toString',
      'hasOwnProperty',
      'onDidImportProgress',
      'dispose',
      '',
    ]) {
      expect(isTimelineMethod(name), name).toBe(false);
    }
  });

  it('names the IPC channel after the method', () => {
    expect(timelineChannel('listEvents')).toBe('timeline:listEvents');
  });
});
