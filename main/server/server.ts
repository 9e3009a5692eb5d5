/**
 * The HTTP transport of the API, for `serve`: one node:http server on 127.0.0.1 that serves the
 * built renderer and carries the API to it. The page learns the per-run token from the URL
 * fragment (never sent to the server, so never in a log or a Referer) and sends it on every call.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TimelineApi } from '../common/api';
import { dispatchCall } from '../service/dispatch';
import type { ApiRouteContext } from './api-routes';
import { handleCall, handleEvents, sendError } from './api-routes';
import {
  applySecurityHeaders,
  createToken,
  isAllowedHost,
  isAllowedOrigin,
  isSameSiteFetch,
  tokensMatch,
} from './security';
import { serveStatic } from './static-files';

/** Imports carry whole files as base64, so the body limit is generous. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/** The header that carries the per-run token on API calls. */
export const TOKEN_HEADER = 'x-timeline-token';

export interface ServerOptions {
  /** The service to expose; every call reaches it through `dispatchCall`, which validates it. */
  service: TimelineApi;
  /** Port on 127.0.0.1; 0 or absent picks a free one. */
  port?: number;
  /** The built renderer (dist/renderer), served read-only. */
  rendererDir: string;
  /** A fixed token (tests); absent makes a random one for this run. */
  token?: string;
  /** Largest accepted request body; default {@link DEFAULT_MAX_BODY_BYTES}. */
  maxBodyBytes?: number;
}

export interface RunningServer {
  /** The address to open, token in the fragment: `http://127.0.0.1:<port>/#token=<token>`. */
  url: string;
  port: number;
  token: string;
  /** Ends open event streams and stops the server. */
  close(): Promise<void>;
}

/** Starts the server; resolves once it listens. */
export async function startServer(options: ServerOptions): Promise<RunningServer> {
  const token = options.token ?? createToken();
  const { service } = options;
  const context: ApiRouteContext = {
    call: (method, argument) => dispatchCall(service, method, argument),
    onDidImportProgress: (listener) => service.onDidImportProgress(listener),
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    streams: new Set(),
  };
  let port = 0;
  const server = createServer((request, response) => {
    route(request, response, { context, token, port, rendererDir: options.rendererDir }).catch(
      (error: unknown) => {
        console.error('timeline server: request failed:', error);
        if (!response.headersSent) sendError(response, 'internal', 'Internal error; see the server log.');
        else response.destroy();
      },
    );
  });
  port = await listen(server, options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () => closeServer(server, context.streams),
  };
}

interface RouteState {
  context: ApiRouteContext;
  token: string;
  port: number;
  rendererDir: string;
}

async function route(request: IncomingMessage, response: ServerResponse, state: RouteState): Promise<void> {
  applySecurityHeaders(response);
  if (!isAllowedHost(request.headers.host, state.port)) {
    sendError(response, 'forbidden', 'This server answers only to 127.0.0.1 and localhost.');
    return;
  }
  const url = new URL(request.url ?? '/', `http://127.0.0.1:${state.port}`);
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    await routeApi(request, response, url, state);
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Method not allowed\n');
    return;
  }
  await serveStatic(request, response, state.rendererDir, url.pathname);
}

async function routeApi(
  request: IncomingMessage,
  response: ServerResponse,
  url: URL,
  state: RouteState,
): Promise<void> {
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  if (
    !isAllowedOrigin(origin, state.port) ||
    !isSameSiteFetch(typeof fetchSite === 'string' ? fetchSite : undefined)
  ) {
    sendError(response, 'forbidden', 'Cross-origin requests are refused.');
    return;
  }
  const name = url.pathname.slice('/api/'.length);
  const headerToken = request.headers[TOKEN_HEADER];
  // EventSource cannot send headers, so the event stream alone takes the token from the query.
  const presented =
    typeof headerToken === 'string'
      ? headerToken
      : name === 'events'
        ? (url.searchParams.get('token') ?? undefined)
        : undefined;
  if (!tokensMatch(presented, state.token)) {
    sendError(response, 'unauthorized', 'Missing or wrong token: open the address printed by `serve`.');
    return;
  }
  if (name === 'events') {
    handleEvents(request, response, state.context);
    return;
  }
  await handleCall(request, response, name, state.context);
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolveListen((server.address() as AddressInfo).port);
    });
  });
}

function closeServer(server: Server, streams: Set<ServerResponse>): Promise<void> {
  for (const stream of streams) stream.end();
  streams.clear();
  return new Promise((resolveClose) => {
    server.close(() => resolveClose());
    // Keep-alive sockets would hold close() open until they time out.
    server.closeAllConnections();
  });
}
