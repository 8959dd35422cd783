/**
 * The `app://sizewise/` scheme the production renderer is served from (instead of file://,
 * where module workers and fetch() of the sql.js wasm do not work and every file would share
 * the null origin). Each response carries the app CSP. Requests outside the built renderer
 * folder are refused. Pure (Node + the web-standard Response), so it is unit-tested directly.
 */
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { CONTENT_SECURITY_POLICY } from './security';

export const APP_SCHEME = 'app';
export const APP_BASE_URL = `${APP_SCHEME}://sizewise/`;

/**
 * Privileges for `protocol.registerSchemesAsPrivileged` (must run before `app` is ready):
 * standard (origin, relative URLs), secure (a secure context), fetch() for the sql.js wasm,
 * and CORS-mode loads, which module scripts and module workers always use. No other origin
 * can reach this scheme: production cancels every request outside the app.
 */
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true } as const;

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
};

/** The file under `root` an app URL names, or null when it is not an app URL or escapes root. */
export function appFilePath(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}/` !== APP_BASE_URL) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0')) return null;
  const relative = normalize(pathname === '/' ? 'index.html' : pathname.replace(/^\/+/, ''));
  if (relative.startsWith('..') || relative.split(sep).includes('..')) return null;
  const rootPrefix = normalize(root).replace(/[\\/]+$/, '') + sep;
  const full = join(rootPrefix, relative);
  return full.startsWith(rootPrefix) ? full : null;
}

function respond(status: number, body: BodyInit | null, contentType: string): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': contentType, 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' },
  });
}

export async function serveAppRequest(root: string, url: string): Promise<Response> {
  const path = appFilePath(root, url);
  if (path === null) return respond(403, 'Forbidden', 'text/plain; charset=utf-8');
  try {
    const body = await readFile(path);
    return respond(200, body, MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream');
  } catch {
    return respond(404, 'Not found', 'text/plain; charset=utf-8');
  }
}
