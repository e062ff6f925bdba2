import type { ContractClient, ContractTransport, Reply, RequestName } from '../../app/contract';
import { TOKEN_HEADER } from '../../app/shared/transport/token-header';
import type { AppErrorCode, AppErrorParams, SerializedAppError } from '../../app/shared/app-error';
import { reportHostAnswered, reportHostUnreachable, type HostConnection } from './host-connection';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a browser. */
    countryDeskTransport?: ContractTransport;
  }
}

const TOKEN_KEY = 'country-desk-token';
/** Requests sent while the page closes (a note's last save) use keepalive, whose bodies share 64 KB. */
const KEEPALIVE_MAX_CHARS = 16_000;
let pageClosing = false;
window.addEventListener('beforeunload', () => (pageClosing = true));
window.addEventListener('pagehide', () => (pageClosing = true));
window.addEventListener('pageshow', () => (pageClosing = false));

/** An error from the core, with its stable code; screens show `errors:<code>`. */
export class RequestError extends Error {
  readonly code: AppErrorCode;
  readonly params: AppErrorParams;

  constructor(error: SerializedAppError) {
    super(error.code);
    this.code = error.code;
    this.params = error.params;
  }
}

/**
 * The browser host gives the page its token in the URL once (`serve` prints that link); the browser keeps
 * it for this address, so a reload, a bookmark or a deep link opens the app after a restart of the host
 * (whose token stays the same for its data folder).
 */
function readToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    localStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
    return fromUrl;
  }
  return localStorage.getItem(TOKEN_KEY) ?? '';
}

/** What the host says to this page's token, if it answers at all. */
async function askHost(token: string): Promise<HostConnection> {
  const response = await fetch('./api/getStatus', {
    method: 'POST',
    headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
    body: '{}',
  }).catch(() => undefined);
  if (!response) return 'stopped';
  return response.status === 403 ? 'refused' : 'connected';
}

/**
 * An object answering every request name with `make(name)`, made when first asked. The renderer reads
 * no list of names: that list, the contract, carries the requests' schemas, and with them zod, which
 * the start screen does not load. The compiler still holds every call to the contract's names and types.
 */
function byRequestName<T extends object>(make: (name: RequestName) => unknown): T {
  const made = new Map<string, unknown>();
  return new Proxy({} as T, {
    get(_target, name) {
      // Not a request: symbols, and `then`, so that the object is never taken for a promise.
      if (typeof name !== 'string' || name === 'then') return undefined;
      if (!made.has(name)) made.set(name, make(name as RequestName));
      return made.get(name);
    },
  });
}

function httpTransport(): ContractTransport {
  const token = readToken();
  const call = async (name: RequestName, input: unknown): Promise<Reply<unknown>> => {
    const body = JSON.stringify(input ?? {});
    const response = await fetch(`./api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: token },
      body,
      // A save sent as the page closes must still arrive.
      keepalive: pageClosing && body.length < KEEPALIVE_MAX_CHARS,
    }).catch(() => undefined);
    if (!response) {
      reportHostUnreachable(() => askHost(token));
      return { ok: false, error: { code: 'host-stopped', params: {} } };
    }
    if (response.status === 403) {
      reportHostAnswered('refused');
      return { ok: false, error: { code: 'sender-refused', params: {} } };
    }
    reportHostAnswered('connected');
    return (await response.json()) as Reply<unknown>;
  };
  return byRequestName<ContractTransport>((name) => (input: unknown) => call(name, input));
}

function unwrap(transport: ContractTransport): ContractClient {
  return byRequestName<ContractClient>((name) => async (input: unknown) => {
    const reply = await (transport[name] as (input: unknown) => Promise<Reply<unknown>>)(input);
    if (!reply.ok) throw new RequestError(reply.error);
    return reply.value;
  });
}

/** The one client the screens use: Electron's IPC bridge when present, else HTTP to the browser host. */
export const api: ContractClient = unwrap(window.countryDeskTransport ?? httpTransport());
