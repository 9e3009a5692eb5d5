/** The HTTP transport of the API (`serve`): see server.ts. */
export { DEFAULT_MAX_BODY_BYTES, startServer, TOKEN_HEADER } from './server';
export type { RunningServer, ServerOptions } from './server';
export { CONTENT_SECURITY_POLICY } from './security';
