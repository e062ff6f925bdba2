import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { protocol } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/transport/content-security-policy';
import { APP_HOST, APP_SCHEME } from './app-origin';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

/**
 * Declares `app:` a standard, secure scheme (relative URLs, storage and ES modules work as on https).
 * Electron allows this only before the app is ready, and only once.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** The file a request names inside `rendererDir`, or undefined when it names anything outside it. */
export function resolveAppFile(rendererDir: string, requestUrl: string): string | undefined {
  let url: URL;
  let relative: string;
  try {
    url = new URL(requestUrl);
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '') || 'index.html';
  } catch {
    return undefined;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || relative.includes('\0')) return undefined;
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  return file.startsWith(root + path.sep) ? file : undefined;
}

function plainResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS } });
}

/** Serves one `app://country-desk/...` request from the built renderer, with the app's CSP. */
export async function serveAppFile(rendererDir: string, request: Request): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plainResponse(405, 'Method Not Allowed');
  const file = resolveAppFile(rendererDir, request.url);
  if (!file) return plainResponse(404, 'Not Found');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) return plainResponse(404, 'Not Found');
  const body = await readFile(file);
  const type = CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
  return new Response(request.method === 'HEAD' ? null : body, {
    status: 200,
    headers: { 'content-type': type, ...SECURITY_HEADERS },
  });
}

/** Serves the built renderer (`dist/renderer`) on the `app:` scheme. Call once the app is ready. */
export function registerAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppFile(rendererDir, request));
}
