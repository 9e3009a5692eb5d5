/**
 * Finds the transport: the Electron preload's `window.timelineApi` when present, HTTP otherwise.
 * Nothing else in the renderer knows which one it got.
 */
import type { TimelineApi } from '../../../main/common/api';
import type { TimelineShell } from './shell';
import { createHttpApi } from './http-transport';
import { takeToken } from './token';

declare global {
  interface Window {
    timelineApi?: TimelineApi;
    timelineShell?: TimelineShell;
  }
}

export interface Connection {
  api: TimelineApi;
  /** Desktop extras, or null in a browser. */
  shell: TimelineShell | null;
}

/** Connects to the app from the current page. */
export function connect(): Connection {
  if (window.timelineApi) return { api: window.timelineApi, shell: window.timelineShell ?? null };
  const token = takeToken(window.location, window.history, window.sessionStorage);
  // Relative to the page, so the app also works when served under a path prefix.
  const base = new URL('./', window.location.href).href;
  return { api: createHttpApi(base, token), shell: null };
}
