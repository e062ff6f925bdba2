/**
 * A stand-in for the `electron` module in tests (the binary cannot run on every machine). It
 * records what the shell asks of Electron and lets a test play Electron's part: emit app and
 * web contents events, call the registered IPC and protocol handlers, click menu items.
 * Only what app/electron uses is here; it is wired in with `vi.mock('electron', ...)`.
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';
import { APP_ENTRY_URL } from '../app-origin';

/** The event object Electron passes to listeners that may cancel something. */
export function fakeEvent<T extends object>(details: T = {} as T): T & { preventDefault: ReturnType<typeof vi.fn> } {
  return { ...details, preventDefault: vi.fn() };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean;
type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' };
type IpcHandler = (event: { senderFrame: { url: string } | null }, input: unknown) => Promise<unknown>;
type ProtocolHandler = (request: Request) => Promise<Response>;

class FakeSession {
  permissionRequestHandler: PermissionRequestHandler | undefined;
  permissionCheckHandler: PermissionCheckHandler | undefined;
  setPermissionRequestHandler = vi.fn((handler: PermissionRequestHandler) => {
    this.permissionRequestHandler = handler;
  });
  setPermissionCheckHandler = vi.fn((handler: PermissionCheckHandler) => {
    this.permissionCheckHandler = handler;
  });
}

const defaultSession = new FakeSession();

/** The renderer side of IPC: listeners registered by the preload, replies routed to ipcMain's handlers. */
class FakeIpcRenderer extends EventEmitter {
  /** The URL of the frame the preload runs in, as ipcMain's handlers see it. */
  frameUrl = APP_ENTRY_URL;
  invoke = vi.fn(async (channel: string, input: unknown) => {
    const handler = ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler({ senderFrame: { url: this.frameUrl } }, input);
  });
}

const ipcRenderer = new FakeIpcRenderer();

class FakeWebContents extends EventEmitter {
  session = defaultSession;
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler = vi.fn((handler: WindowOpenHandler) => {
    this.windowOpenHandler = handler;
  });
  /** What main sends to the renderer arrives at the preload's listeners. */
  send = vi.fn((channel: string, ...args: unknown[]) => {
    ipcRenderer.emit(channel, {}, ...args);
  });
}

class FakeApp extends EventEmitter {
  isPackaged = true;
  paths = new Map<string, string>();
  appPath = '';
  getPath = vi.fn((name: string) => {
    const value = this.paths.get(name);
    if (value === undefined) throw new Error(`fake app has no path '${name}'`);
    return value;
  });
  setPath = vi.fn((name: string, value: string) => {
    this.paths.set(name, value);
  });
  getAppPath = vi.fn(() => this.appPath);
  getPreferredSystemLanguages = vi.fn(() => ['en-US']);
  requestSingleInstanceLock = vi.fn(() => true);
  enableSandbox = vi.fn();
  whenReady = vi.fn(() => Promise.resolve());
  quit = vi.fn();
}

const app = new FakeApp();

class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  static getAllWindows = vi.fn(() => FakeBrowserWindow.instances.filter((window) => !window.destroyed));
  static fromWebContents = vi.fn((contents: unknown) =>
    FakeBrowserWindow.instances.find((window) => window.webContents === contents) ?? null,
  );

  readonly webContents = new FakeWebContents();
  minimized = false;
  destroyed = false;
  loadURL = vi.fn(() => Promise.resolve());
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });
  isMinimized = vi.fn(() => this.minimized);
  isDestroyed = vi.fn(() => this.destroyed);

  constructor(readonly options: Electron.BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', fakeEvent(), this.webContents);
  }
}

const ipcMain = {
  handlers: new Map<string, IpcHandler>(),
  handle: vi.fn((channel: string, handler: IpcHandler) => {
    if (ipcMain.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    ipcMain.handlers.set(channel, handler);
  }),
  on: vi.fn(),
  once: vi.fn(),
  handleOnce: vi.fn(),
};

const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, api: unknown) => {
    contextBridge.exposed.set(key, api);
  }),
};

const protocol = {
  handlers: new Map<string, ProtocolHandler>(),
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn((scheme: string, handler: ProtocolHandler) => {
    protocol.handlers.set(scheme, handler);
  }),
};

interface FakeMenu {
  template: Electron.MenuItemConstructorOptions[];
}

const Menu = {
  current: undefined as FakeMenu | undefined,
  buildFromTemplate: vi.fn((template: Electron.MenuItemConstructorOptions[]): FakeMenu => ({ template })),
  setApplicationMenu: vi.fn((menu: FakeMenu | null) => {
    Menu.current = menu ?? undefined;
  }),
};

const dialog = {
  /** Cancel (button 1) unless a test answers otherwise. */
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  showErrorBox: vi.fn(),
};

const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

const session = { defaultSession };

export const electron = {
  app,
  BrowserWindow: FakeBrowserWindow,
  contextBridge,
  dialog,
  ipcMain,
  ipcRenderer,
  Menu,
  protocol,
  session,
  shell,
};

export type FakeElectron = typeof electron;

/** Forgets everything recorded (listeners, handlers, windows, calls), as if Electron had just started. */
export function resetFakeElectron(): void {
  vi.resetAllMocks();
  app.removeAllListeners();
  app.paths.clear();
  app.appPath = '';
  app.isPackaged = true;
  ipcRenderer.removeAllListeners();
  ipcRenderer.frameUrl = APP_ENTRY_URL;
  ipcMain.handlers.clear();
  contextBridge.exposed.clear();
  protocol.handlers.clear();
  Menu.current = undefined;
  FakeBrowserWindow.instances = [];
  defaultSession.permissionRequestHandler = undefined;
  defaultSession.permissionCheckHandler = undefined;
}
