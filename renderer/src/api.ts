import {
  requestNames,
  type ContractClient,
  type ContractTransport,
  type Reply,
  type RequestName,
} from '../../app/contract';
import { TOKEN_HEADER } from '../../app/shared/transport/token-header';
import type { AppErrorCode, AppErrorParams, SerializedAppError } from '../../app/shared/app-error';

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

/** The browser host gives the page its token in the URL once; the tab keeps it across reloads. */
function readToken(): string {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY) ?? '';
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
    });
    if (response.status === 403) return { ok: false, error: { code: 'sender-refused', params: {} } };
    return (await response.json()) as Reply<unknown>;
  };
  return Object.fromEntries(requestNames.map((name) => [name, (input: unknown) => call(name, input)])) as ContractTransport;
}

function unwrap(transport: ContractTransport): ContractClient {
  return Object.fromEntries(
    requestNames.map((name) => [
      name,
      async (input: unknown) => {
        const reply = await (transport[name] as (input: unknown) => Promise<Reply<unknown>>)(input);
        if (!reply.ok) throw new RequestError(reply.error);
        return reply.value;
      },
    ]),
  ) as ContractClient;
}

/** The one client the screens use: Electron's IPC bridge when present, else HTTP to the browser host. */
export const api: ContractClient = unwrap(window.countryDeskTransport ?? httpTransport());
