import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import http, { type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Handlers } from '../contract';
import { dispatchRequest } from '../core/dispatch-request';
import { CONTENT_SECURITY_POLICY } from '../shared/transport/content-security-policy';
import { TOKEN_HEADER } from '../shared/transport/token-header';

const MAX_BODY_BYTES = 50 * 1024 * 1024;
/**
 * Bounds for idle and slow clients (one page on this machine makes small, quick requests): a client
 * gets 10 s to send its headers and 60 s for a whole request (a 50 MB import included), an idle
 * keep-alive connection is closed after 5 s, and no more than 64 connections are open at once.
 */
export const HOST_LIMITS = { headersTimeoutMs: 10_000, requestTimeoutMs: 60_000, keepAliveTimeoutMs: 5_000, maxConnections: 64 } as const;
/** What a request without this run's token gets: the same reply Electron gives a foreign frame. */
const REFUSED_SENDER_REPLY = JSON.stringify({ ok: false, error: { code: 'sender-refused', params: {} } });

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ico': 'image/x-icon',
};

export interface BrowserHost {
  /** The address to open, with the per-run token. */
  url: string;
  origin: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

export interface BrowserHostOptions {
  handlers: Handlers;
  /** The built renderer (index.html and assets). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** The token API calls must carry; a random one for this run when absent. */
  token?: string;
}

function sameToken(given: string | undefined, token: string): boolean {
  if (given === undefined) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

function send(res: ServerResponse, status: number, body: string, type = 'text/plain; charset=utf-8'): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

/** The body of a request, or undefined when it is larger than `MAX_BODY_BYTES`. */
async function readBody(req: IncomingMessage): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** A URL path decoded, or undefined when its percent-escapes are malformed. */
function decodePath(urlPath: string): string | undefined {
  try {
    return decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
}

/**
 * Serves the built renderer and the contract (`POST /api/<name>`) on 127.0.0.1 only.
 * Every request must name this host in Host (and Origin, when sent); API calls need the token.
 */
export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? randomBytes(24).toString('base64url');
  const rendererDir = path.resolve(options.rendererDir);
  let allowedHosts = new Set<string>();

  const serveStatic = async (res: ServerResponse, urlPath: string) => {
    const decoded = decodePath(urlPath);
    if (decoded === undefined) return send(res, 400, 'Bad Request');
    const relative = decoded.replace(/^\/+/, '') || 'index.html';
    let file = path.resolve(rendererDir, relative);
    if (!file.startsWith(rendererDir + path.sep)) return send(res, 403, 'Forbidden');
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) file = path.join(rendererDir, 'index.html');
    const type = CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream';
    res.writeHead(200, {
      'content-type': type,
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-cache',
    });
    const stream = createReadStream(file);
    stream.on('error', () => res.destroy());
    stream.pipe(res);
  };

  const serverOptions = {
    headersTimeout: HOST_LIMITS.headersTimeoutMs,
    requestTimeout: HOST_LIMITS.requestTimeoutMs,
    keepAliveTimeout: HOST_LIMITS.keepAliveTimeoutMs,
    // How often the two timeouts above are checked (Node's default is every 30 s).
    connectionsCheckingInterval: 1_000,
  };
  const server = http.createServer(serverOptions, (req, res) => {
    void (async () => {
      const host = req.headers.host ?? '';
      const origin = req.headers.origin;
      if (!allowedHosts.has(host) || (origin !== undefined && !allowedHosts.has(origin.replace(/^http:\/\//, '')))) {
        return send(res, 403, 'Forbidden');
      }
      const url = new URL(req.url ?? '/', `http://${host}`);
      if (url.pathname.startsWith('/api/')) {
        if (!sameToken(req.headers[TOKEN_HEADER] as string | undefined, token)) return send(res, 403, REFUSED_SENDER_REPLY, 'application/json; charset=utf-8');
        if (req.method !== 'POST') return send(res, 405, 'Method Not Allowed');
        const text = await readBody(req);
        if (text === undefined) return send(res, 413, 'Payload Too Large');
        let input: unknown;
        try {
          input = text ? JSON.parse(text) : {};
        } catch {
          return send(res, 400, JSON.stringify({ ok: false, error: { code: 'invalid-input', params: { request: url.pathname, detail: 'body is not JSON' } } }), 'application/json');
        }
        const reply = await dispatchRequest(options.handlers, url.pathname.slice('/api/'.length), input);
        const status = reply.ok ? 200 : reply.error.code === 'internal' ? 500 : reply.error.code === 'unknown-request' ? 404 : 400;
        return send(res, status, JSON.stringify(reply), 'application/json; charset=utf-8');
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
      return serveStatic(res, url.pathname);
    })().catch((error: unknown) => {
      console.error(error);
      if (!res.headersSent) send(res, 500, 'Internal Server Error');
    });
  });

  server.maxConnections = HOST_LIMITS.maxConnections;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  const origin = `http://127.0.0.1:${port}`;
  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
