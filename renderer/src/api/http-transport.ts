/**
 * The HTTP transport: each API method is `POST /api/<method>` with `{"argument": …}` and the token
 * header; push events come over one EventSource opened on first subscription.
 */
import type { ImportProgress, TimelineApi, TimelineMethod } from '../../../main/common/api';
import { TIMELINE_METHODS } from '../../../main/common/api-methods';

const TOKEN_HEADER = 'X-Timeline-Token';

/** What the server answers: a result, or an error with a message (with a non-2xx status). */
interface ApiAnswer {
  result?: unknown;
  error?: { code?: string; message?: string };
}

type Caller = (method: TimelineMethod, argument: unknown) => Promise<unknown>;

/** Builds a call function bound to a base URL and token. Non-2xx answers reject with the server's message. */
export function createHttpCaller(
  baseUrl: string,
  token: string | null,
  fetchImpl: typeof fetch = fetch,
): Caller {
  return async (method, argument) => {
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (token) headers[TOKEN_HEADER] = token;
    const response = await fetchImpl(`${baseUrl}api/${method}`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ argument }),
    });
    const body = (await response.json().catch(() => null)) as ApiAnswer | null;
    if (!response.ok || body?.error) {
      const message = body?.error?.message ?? `${method} failed (HTTP ${response.status})`;
      throw new Error(message);
    }
    return body?.result;
  };
}

/** The whole TimelineApi over HTTP. */
export function createHttpApi(baseUrl: string, token: string | null, fetchImpl?: typeof fetch): TimelineApi {
  const call = createHttpCaller(baseUrl, token, fetchImpl);
  const api: Record<string, unknown> = {};
  for (const method of TIMELINE_METHODS) {
    api[method] = (argument: unknown) => call(method, argument);
  }
  const listeners = new Set<(progress: ImportProgress) => void>();
  let source: EventSource | null = null;
  api.onDidImportProgress = (listener: (progress: ImportProgress) => void) => {
    listeners.add(listener);
    if (!source && typeof EventSource !== 'undefined') {
      const query = token ? `?token=${encodeURIComponent(token)}` : '';
      source = new EventSource(`${baseUrl}api/events${query}`);
      source.addEventListener('onDidImportProgress', (event) => {
        const progress = JSON.parse((event as MessageEvent<string>).data) as ImportProgress;
        for (const each of listeners) each(progress);
      });
    }
    return () => {
      listeners.delete(listener);
      if (listeners.size === 0 && source) {
        source.close();
        source = null;
      }
    };
  };
  return api as unknown as TimelineApi;
}
