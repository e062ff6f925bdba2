/**
 * The preload of the app's window, bundled to one CommonJS file for the sandbox. It exposes the
 * contract (one function per request, each invoking its IPC channel) and the small shell bridge;
 * nothing of Node or Electron reaches the page.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  ipcChannel,
  requestNames,
  type ContractTransport,
  type Reply,
  type RequestInput,
  type RequestName,
  type RequestOutput,
} from '../contract';
import { languageSchema } from '../shared/settings/settings-schema';
import { MENU_LANGUAGE_CHANNEL, type ShellBridge } from '../shared/shell-bridge';

/** The bridge function of one request: sends its input on the request's channel, resolves to the Reply. */
function invoker<K extends RequestName>(name: K): (input: RequestInput<K>) => Promise<Reply<RequestOutput<K>>> {
  return (input) => ipcRenderer.invoke(ipcChannel(name), input) as Promise<Reply<RequestOutput<K>>>;
}

/** One entry per request name, built by the loop; the names come from the contract alone. */
const transport = Object.fromEntries(requestNames.map((name) => [name, invoker(name)])) as {
  [K in RequestName]: ReturnType<typeof invoker<K>>;
};

const shellBridge: ShellBridge = {
  onMenuLanguage(callback) {
    const listener = (_event: IpcRendererEvent, language: unknown) => {
      const parsed = languageSchema.safeParse(language);
      if (parsed.success) callback(parsed.data);
    };
    ipcRenderer.on(MENU_LANGUAGE_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(MENU_LANGUAGE_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('countryDeskTransport', transport satisfies ContractTransport);
contextBridge.exposeInMainWorld('countryDeskShell', shellBridge);
