/**
 * The API half of the HTTP transport: `POST /api/<method>` carries one call of the contract,
 * `GET /api/events` streams its push notifications as Server-Sent Events. Every call goes through
 * the same validating dispatcher as IPC; this file only moves JSON and maps errors to statuses.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApiErrorPayload } from '../common/api-methods';
import { isTimelineMethod } from '../common/api-methods';
import type { ImportProgress, Unsubscribe } from '../common/api';

/** Runs one call of the contract after validating it (the service's `dispatchCall`, bound). */
export type CallDispatcher = (method: string, argument: unknown) => Promise<unknown>;

/** What the routes need from the service: the dispatcher and the progress feed. */
export interface ApiRouteContext {
  call: CallDispatcher;
  onDidImportProgress(listener: (progress: ImportProgress) => void): Unsubscribe;
  maxBodyBytes: number;
  /** Open event streams, ended by the server on close. */
  streams: Set<ServerResponse>;
}

const STATUS_BY_CODE: Record<ApiErrorPayload['code'], number> = {
  'bad-request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not-found': 404,
  'too-large': 413,
  internal: 500,
};

const HEARTBEAT_MS = 25_000;

/** Writes a JSON body with the API's headers. */
export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  extraHeaders: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...extraHeaders,
  });
  response.end(text);
}

/** Writes `{ error: { code, message } }` with the status that goes with the code. */
export function sendError(
  response: ServerResponse,
  code: ApiErrorPayload['code'],
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  sendJson(response, STATUS_BY_CODE[code], { error: { code, message } }, extraHeaders);
}

/**
 * Turns whatever a call threw into the payload a client may see. The dispatcher's own errors
 * (bad request, not found) keep their one-line message; anything else is a bug or an I/O failure
 * whose details belong in the server's log, not in the page.
 */
export function toErrorPayload(error: unknown): ApiErrorPayload {
  if (
    error instanceof Error &&
    'code' in error &&
    (error.code === 'bad-request' || error.code === 'not-found')
  ) {
    return { code: error.code, message: oneLine(error.message) };
  }
  // The dispatcher has already logged the cause of its own `internal` errors.
  if (!(error instanceof Error && 'code' in error && error.code === 'internal')) {
    console.error('timeline api: internal error:', error);
  }
  return { code: 'internal', message: 'Internal error; see the server log.' };
}

function oneLine(message: string): string {
  const first = message.split('\n', 1)[0] ?? '';
  return first.length > 500 ? `${first.slice(0, 497)}...` : first;
}

class BodyTooLargeError extends Error {}

/** Reads a request body up to `limit` bytes; rejects with BodyTooLargeError beyond it. */
function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(request.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError());
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let settled = false;
    request.on('data', (chunk: Buffer) => {
      if (settled) return;
      size += chunk.length;
      if (size > limit) {
        settled = true;
        reject(new BodyTooLargeError());
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      if (settled) return;
      settled = true;
      resolveBody(Buffer.concat(chunks));
    });
    request.on('error', (error) => {
      if (settled) return;
      settled = true;
      reject(error);
    });
  });
}

/** Parses `{ "argument": … }`; an empty body means no argument. Throws a one-line message when malformed. */
export function parseCallBody(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(body.toString('utf8'));
  } catch {
    throw new Error('The request body is not valid JSON.');
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new Error('The request body must be a JSON object: { "argument": … }.');
  }
  const argument = (parsed as { argument?: unknown }).argument;
  // null and absent both mean "no argument", as an IPC call without one sends undefined.
  return argument === null ? undefined : argument;
}

/** Handles `POST /api/<method>` once the request is known to be authorized. */
export async function handleCall(
  request: IncomingMessage,
  response: ServerResponse,
  method: string,
  context: ApiRouteContext,
): Promise<void> {
  if (request.method !== 'POST') {
    sendError(response, 'bad-request', 'API calls use POST.', { Allow: 'POST' });
    return;
  }
  if (!isTimelineMethod(method)) {
    sendError(response, 'bad-request', `Unknown method: ${oneLine(method).slice(0, 80)}`);
    return;
  }
  let body: Buffer;
  try {
    body = await readBody(request, context.maxBodyBytes);
  } catch (error) {
    if (error instanceof BodyTooLargeError) {
      // Stop reading an oversized upload: answer, then drop the connection.
      response.once('finish', () => request.socket.destroy());
      sendError(response, 'too-large', `The request body exceeds ${context.maxBodyBytes} bytes.`, {
        Connection: 'close',
      });
      return;
    }
    throw error;
  }
  let argument: unknown;
  try {
    argument = parseCallBody(body);
  } catch (error) {
    sendError(response, 'bad-request', (error as Error).message);
    return;
  }
  try {
    const result = await context.call(method, argument);
    sendJson(response, 200, { result: result === undefined ? null : result });
  } catch (error) {
    const payload = toErrorPayload(error);
    sendError(response, payload.code, payload.message);
  }
}

/** Handles `GET /api/events`: one SSE stream of `onDidImportProgress` notifications until the client leaves. */
export function handleEvents(
  request: IncomingMessage,
  response: ServerResponse,
  context: ApiRouteContext,
): void {
  if (request.method !== 'GET') {
    sendError(response, 'bad-request', 'The event stream uses GET.', { Allow: 'GET' });
    return;
  }
  response.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  response.write(': connected\n\n');
  const unsubscribe = context.onDidImportProgress((progress) => {
    response.write(`event: onDidImportProgress\ndata: ${JSON.stringify(progress)}\n\n`);
  });
  // Proxies and idle timers close silent connections; a comment line keeps this one alive.
  const heartbeat = setInterval(() => response.write(': keep-alive\n\n'), HEARTBEAT_MS);
  heartbeat.unref();
  context.streams.add(response);
  const stop = (): void => {
    clearInterval(heartbeat);
    unsubscribe();
    context.streams.delete(response);
  };
  response.once('close', stop);
}
