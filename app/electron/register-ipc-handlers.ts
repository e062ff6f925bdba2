import { ipcMain } from 'electron';
import { ipcChannel, requestNames, type Handlers, type Reply } from '../contract';
import { dispatchRequest } from '../core/dispatch-request';
import { isAppUrl } from './app-origin';

/** The reply to a sender that is not the app's own page: the same shape the HTTP host gives a 403. */
function refusedReply(): Reply<never> {
  return { ok: false, error: { code: 'sender-refused', params: {} } };
}

/**
 * Registers the handler map over IPC: one channel per request of the contract, nothing else.
 * A request from a frame that is not the app's own page is refused before any handler runs;
 * every other input is validated against the contract by `dispatchRequest`.
 */
export function registerIpcHandlers(handlers: Handlers): void {
  for (const name of requestNames) {
    ipcMain.handle(ipcChannel(name), (event, input: unknown): Promise<Reply<unknown>> => {
      const senderUrl = event.senderFrame?.url;
      if (!isAppUrl(senderUrl)) {
        console.warn(`Refused IPC request ${name} from ${senderUrl ?? 'a closed frame'}`);
        return Promise.resolve(refusedReply());
      }
      return dispatchRequest(handlers, name, input);
    });
  }
}
