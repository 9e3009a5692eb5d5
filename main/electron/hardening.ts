/**
 * The shell's security settings in one place: the app:// scheme that serves the renderer with its
 * Content-Security-Policy, a session that refuses network requests and permissions, and web
 * contents that cannot navigate, open windows or attach webviews.
 */
import { readFile } from 'node:fs/promises';
import { app, protocol, session } from 'electron';
import type { Session } from 'electron';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../server/security';
import { contentTypeFor, findStaticFile } from '../server/static-files';
import { APP_HOST, APP_SCHEME, isAppUrl } from './channels';

/** Schemes the page may load from: its own, inline data, blobs it made, and DevTools in development. */
const ALLOWED_SCHEMES = new Set([`${APP_SCHEME}:`, 'data:', 'blob:', 'devtools:']);

/** Must run before `ready`: a standard, secure scheme gets a real origin, so `'self'` in the CSP means the app. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves dist/renderer on app://timeline/ with the security headers; anything else is a 404. */
export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file =
      url.host === APP_HOST && request.method === 'GET'
        ? await findStaticFile(rendererDir, url.pathname)
        : null;
    if (file === null)
      return new Response('Not found', {
        status: 404,
        headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain' },
      });
    const body = await readFile(file);
    return new Response(body, {
      status: 200,
      headers: { ...SECURITY_HEADERS, 'Content-Type': contentTypeFor(file) },
    });
  });
}

/** Locks down a session: no network, no permissions, the CSP on every response. */
export function hardenSession(target: Session = session.defaultSession): void {
  // The app never uses the network; a request to it can only come from injected content.
  target.webRequest.onBeforeRequest((details, callback) => {
    let scheme = '';
    try {
      scheme = new URL(details.url).protocol;
    } catch {
      // An unparsable URL is refused below.
    }
    callback({
      cancel: !ALLOWED_SCHEMES.has(scheme) && !(scheme === 'chrome-extension:' && !app.isPackaged),
    });
  });
  target.webRequest.onHeadersReceived((details, callback) => {
    // Drop any policy a response brought (whatever its case) and set ours.
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(
        ([name]) => name.toLowerCase() !== 'content-security-policy',
      ),
    );
    headers['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
    callback({ responseHeaders: headers });
  });
  target.setPermissionRequestHandler((contents, permission, callback) => {
    // Copying a quote to the clipboard is the one thing the page may ask for.
    callback(permission === 'clipboard-sanitized-write' && isAppUrl(contents.getURL()));
  });
  target.setPermissionCheckHandler(
    (_contents, permission, requestingOrigin) =>
      permission === 'clipboard-sanitized-write' && isAppUrl(requestingOrigin),
  );
}

/** Applies the navigation rules to every web contents the app ever creates. */
export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}
