import { mkdir, writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { makeTestFolders } from '../core/testing/test-dataset';
import { TOKEN_HEADER } from '../shared/transport/token-header';
import { HOST_LIMITS, startBrowserHost, type BrowserHost } from './browser-host';

let host: BrowserHost;
let desk: Desk;
let rendererDir: string;

beforeAll(async () => {
  const { resourcesDir, dataDir, root } = await makeTestFolders();
  rendererDir = path.join(root, 'renderer');
  await mkdir(rendererDir);
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Country Desk</title>');
  await writeFile(path.join(root, 'secret.txt'), 'outside the renderer');
  desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
  host = await startBrowserHost({ handlers: createHandlers(desk), rendererDir });
});

afterAll(async () => {
  await host.close();
  await desk.close();
});

interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw request, so that the Host and Origin headers can be anything. */
function request(options: { path: string; method?: string; headers?: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: host.port, path: options.path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (name: string, headers: Record<string, string>, body = '{}') =>
  request({ path: `/api/${name}`, method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });

describe('browser host', () => {
  it('listens on 127.0.0.1 and prints a URL carrying the token', () => {
    expect(host.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${host.port}/\\?token=[\\w-]{20,}$`));
  });

  it('answers a request with the token', async () => {
    const res = await api('listCountries', { [TOKEN_HEADER]: host.token });
    expect(res.status).toBe(200);
    const reply = JSON.parse(res.body);
    expect(reply.ok).toBe(true);
    expect(reply.value.map((c: { country: { code: string } }) => c.country.code)).toEqual(['AZ', 'BY']);
  });

  it('answers 403 without the token or with a wrong one', async () => {
    for (const headers of [{}, { [TOKEN_HEADER]: 'x'.repeat(host.token.length) }] as Record<string, string>[]) {
      const res = await api('listCountries', headers);
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'sender-refused', params: {} } });
    }
  });

  it('answers 403 to a foreign Origin even with the token', async () => {
    const res = await api('listCountries', { [TOKEN_HEADER]: host.token, origin: 'http://evil.example' });
    expect(res.status).toBe(403);
    const same = await api('listCountries', { [TOKEN_HEADER]: host.token, origin: host.origin });
    expect(same.status).toBe(200);
  });

  it('answers 403 to a foreign Host header (DNS rebinding)', async () => {
    const res = await api('listCountries', { [TOKEN_HEADER]: host.token, host: `evil.example:${host.port}` });
    expect(res.status).toBe(403);
    expect((await request({ path: '/', headers: { host: 'evil.example' } })).status).toBe(403);
  });

  it('validates input against the contract and names unknown requests', async () => {
    const bad = await api('getCountry', { [TOKEN_HEADER]: host.token }, '{"code": "azerbaijan"}');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid-input');
    const unknown = await api('dropEverything', { [TOKEN_HEADER]: host.token });
    expect(unknown.status).toBe(404);
    const missing = await api('getCountry', { [TOKEN_HEADER]: host.token }, '{"code": "ZZ"}');
    expect(JSON.parse(missing.body).error).toEqual({ code: 'unknown-country', params: { code: 'ZZ' } });
  });

  it('serves the renderer with a strict CSP and nothing outside it', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.body).toContain('Country Desk');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await request({ path: '/..%2Fsecret.txt' });
    expect(escape.status).toBe(403);
    expect(escape.body).not.toContain('outside the renderer');
  });

  it('answers 400 to a malformed path and 413 to an oversized request, and keeps serving', async () => {
    expect((await request({ path: '/%E0%A4%A' })).status).toBe(400);
    const huge = await api('listCountries', { [TOKEN_HEADER]: host.token }, `"${'x'.repeat(50 * 1024 * 1024)}"`);
    expect(huge.status).toBe(413);
    expect((await api('listCountries', { [TOKEN_HEADER]: host.token })).status).toBe(200);
  });
});

/** A raw TCP connection to `target`, connected. */
async function connect(target: BrowserHost): Promise<net.Socket> {
  const socket = net.connect(target.port, '127.0.0.1');
  await once(socket, 'connect');
  return socket;
}

/** Resolves with what the server sent before it closed the connection (never resolves while it stays open). */
function closedBy(socket: net.Socket): Promise<string> {
  let received = '';
  socket.on('data', (chunk: Buffer) => (received += chunk.toString()));
  // A dropped connection may end in a reset: that is a close too (events.once would reject on it).
  socket.on('error', () => undefined);
  return new Promise((resolve) => socket.on('close', () => resolve(received)));
}

describe('browser host limits', () => {
  // A host of its own: these tests fill its connections.
  let limited: BrowserHost;
  beforeAll(async () => {
    limited = await startBrowserHost({ handlers: createHandlers(desk), rendererDir });
  });
  afterAll(() => limited.close());

  it('closes a connection that never finishes its headers once the headers timeout passes', async () => {
    const socket = await connect(limited);
    const started = Date.now();
    const closed = closedBy(socket);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${limited.port}\r\n`);
    await closed;
    expect(Date.now() - started).toBeGreaterThanOrEqual(HOST_LIMITS.headersTimeoutMs - 1_000);
    expect(Date.now() - started).toBeLessThan(HOST_LIMITS.headersTimeoutMs + 5_000);
  });

  it(`drops a connection beyond ${HOST_LIMITS.maxConnections} open ones, unanswered, while the open ones are served`, async () => {
    const open = await Promise.all(Array.from({ length: HOST_LIMITS.maxConnections }, () => connect(limited)));
    const whole = `GET / HTTP/1.1\r\nHost: 127.0.0.1:${limited.port}\r\nConnection: close\r\n\r\n`;
    const extra = net.connect(limited.port, '127.0.0.1');
    const dropped = closedBy(extra);
    extra.write(whole);
    expect(await dropped).toBe('');
    const [first, ...rest] = open;
    if (!first) throw new Error('no connection opened');
    const answered = closedBy(first);
    first.write(whole);
    expect(await answered).toMatch(/^HTTP\/1\.1 200/);
    for (const socket of rest) socket.destroy();
  });
});
