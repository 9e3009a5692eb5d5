/**
 * Serving the built renderer (dist/renderer) read-only: a URL path maps to a file inside the
 * root or to nothing; `..`, encoded separators, NUL bytes, dotfiles and symlinks out of the root
 * are refused.
 */
import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
};

/** The Content-Type for a file name, by extension; unknown kinds are plain bytes. */
export function contentTypeFor(fileName: string): string {
  return CONTENT_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Maps a URL path (`/assets/app.js`, still percent-encoded) to a path inside `root`, or null when it
 * cannot name a file there. `/` and paths ending in `/` name `index.html`. Symlinks are checked later
 * by {@link findStaticFile}; this is the lexical half.
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (!decoded.startsWith('/') || decoded.includes('\0') || decoded.includes('\\')) return null;
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  // Refusing `..` and dotfiles outright (rather than normalizing) keeps `/a/../../x` and `/.git` out.
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  if (decoded.endsWith('/')) segments.push('index.html');
  const base = resolve(root);
  const full = resolve(join(base, ...segments));
  return full.startsWith(base + sep) ? full : null;
}

/** The real path of a regular file inside `root` for a URL path, or null (missing, directory, escaping link). */
export async function findStaticFile(root: string, urlPath: string): Promise<string | null> {
  const candidate = resolveStaticPath(root, urlPath);
  if (candidate === null) return null;
  try {
    const [realRoot, realFile] = await Promise.all([realpath(root), realpath(candidate)]);
    if (!realFile.startsWith(realRoot + sep)) return null;
    const info = await stat(realFile);
    return info.isFile() ? realFile : null;
  } catch {
    return null;
  }
}

/** Answers a GET or HEAD for a file of the renderer; 404 as plain text when there is none. */
export async function serveStatic(
  request: IncomingMessage,
  response: ServerResponse,
  root: string,
  urlPath: string,
): Promise<void> {
  const file = await findStaticFile(root, urlPath);
  if (file === null) {
    response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    response.end('Not found\n');
    return;
  }
  const info = await stat(file);
  response.writeHead(200, {
    'Content-Type': contentTypeFor(file),
    'Content-Length': String(info.size),
    // The page is rebuilt in place; revalidating each time avoids mixing old and new bundles.
    'Cache-Control': 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  const stream = createReadStream(file);
  stream.on('error', () => response.destroy());
  stream.pipe(response);
}
