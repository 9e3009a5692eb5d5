/**
 * The names of the request-response methods of {@link TimelineApi}, in one list shared by both
 * transports: the preload maps each to `ipcRenderer.invoke('timeline:<method>')`, main registers a
 * handler per name, and the HTTP client posts to `/api/<method>`.
 */
import type { TimelineApi, TimelineMethod } from './api';

// A record keyed by every method makes the compiler reject a list that misses one or names one
// the contract does not have; the array is derived from it so both stay in step.
const METHOD_KEYS: Record<TimelineMethod, true> = {
  getOverview: true,
  listEvents: true,
  getEvent: true,
  listArticles: true,
  getArticle: true,
  search: true,
  importFiles: true,
  updateEvent: true,
  undoMerge: true,
  exportImage: true,
};

/** Every request-response method of the API contract. */
export const TIMELINE_METHODS: readonly TimelineMethod[] = Object.freeze(
  Object.keys(METHOD_KEYS) as TimelineMethod[],
);

/** The push notifications of the API contract, carried as events rather than calls. */
export const TIMELINE_EVENTS = Object.freeze([
  'onDidImportProgress',
] as const satisfies readonly (keyof TimelineApi)[]);

/** True when `name` is a method of the contract (own names only, so `constructor` or `__proto__` never match). */
export function isTimelineMethod(name: string): name is TimelineMethod {
  return Object.prototype.hasOwnProperty.call(METHOD_KEYS, name);
}

/** The IPC channel that carries a method or event: `timeline:<name>`. */
export function timelineChannel(name: TimelineMethod | (typeof TIMELINE_EVENTS)[number]): string {
  return `timeline:${name}`;
}

/** The error every transport reports for a failed call: a code and a one-line message, never a stack. */
export interface ApiErrorPayload {
  code: 'bad-request' | 'not-found' | 'internal' | 'unauthorized' | 'forbidden' | 'too-large';
  message: string;
}
