/**
 * The Electron shell's wiring, with a stand-in `electron` module (testing/fake-electron.ts) and a real desk
 * on a temp data folder: main.ts starts as it would in the packaged app, the preload runs against
 * the same fake, and the tests play Electron's part (IPC calls, navigation, menu clicks, quit).
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ipcChannel, requestNames, type ContractTransport, type Reply } from '../contract';
import { openDesk } from '../core/desk';
import { createNodeTranslator } from '../core/i18n/node-translator';
import { readReferenceIndex } from '../core/testing/reference-layer-files';
import { makeTestFolders } from '../core/testing/test-dataset';
import { CONTENT_SECURITY_POLICY } from '../shared/transport/content-security-policy';
import en from '../../locales/en/electron.json';
import vietnamese from '../../locales/vi/electron.json';
import { appMenuTemplate, type AppMenuContext } from './app-menu';
import { APP_ENTRY_URL, isAppUrl } from './app-origin';
import { confirmExternalLink } from './confirm-external-link';
import { electron as fake, fakeEvent, resetFakeElectron, type FakeElectron } from './testing/fake-electron';
import type { ShellBridge } from '../shared/shell-bridge';

vi.mock('electron', async () => (await import('./testing/fake-electron')).electron);


type MenuItem = Electron.MenuItemConstructorOptions;

function currentMenu(electron: FakeElectron = fake): MenuItem[] {
  const menu = electron.Menu.current;
  if (!menu) throw new Error('no application menu');
  return menu.template;
}

function languageMenu(template: MenuItem[]): MenuItem[] {
  const item = template.find((entry) => entry.id === 'language');
  if (!Array.isArray(item?.submenu)) throw new Error('no language submenu');
  return item.submenu;
}

function click(item: MenuItem | undefined): void {
  (item?.click as (() => void) | undefined)?.();
}

function ipcHandler(channel: string) {
  const handler = fake.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler;
}

/**
 * The settle point for "no other dialog opened": a web link offered after the refused ones goes through the same
 * path, so once its dialog is shown, any dialog the earlier ones would have opened has been shown before it.
 * Expects exactly `before` dialogs ahead of the sentinel's.
 */
async function expectOnlyDialogAfter(contents: NodeJS.EventEmitter, sentinel: string, before: number): Promise<void> {
  contents.emit('will-navigate', fakeEvent({ url: sentinel }));
  await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(before + 1));
  const calls = fake.dialog.showMessageBox.mock.calls;
  expect((calls.at(-1)?.[1] as { detail: string }).detail).toContain(sentinel);
}

const fromApp = { senderFrame: { url: APP_ENTRY_URL } };

interface Folders {
  root: string;
  appPath: string;
  dataDir: string;
}

/** A packaged-app layout: the built renderer under the app path, the dataset under resourcesPath/resources. */
async function preparePackagedApp(electron: FakeElectron): Promise<Folders> {
  const { root } = await makeTestFolders();
  const appPath = path.join(root, 'app');
  const rendererDir = path.join(appPath, 'dist', 'renderer');
  await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
  await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Country Desk</title>');
  await writeFile(path.join(rendererDir, 'assets', 'app.js'), 'console.log("app")');
  await writeFile(path.join(appPath, 'dist', 'secret.txt'), 'not for the page');
  Object.defineProperty(process, 'resourcesPath', { value: root, configurable: true, writable: true });
  electron.app.appPath = appPath;
  electron.app.paths.set('appData', path.join(root, 'appData'));
  return { root, appPath, dataDir: path.join(root, 'appData', 'Country Desk') };
}

describe('the Electron shell, started by main.ts', () => {
  let folders: Folders;
  let transport: ContractTransport;
  let shellBridge: ShellBridge;
  const savedDataEnv = process.env.COUNTRY_DESK_DATA;

  beforeAll(async () => {
    delete process.env.COUNTRY_DESK_DATA;
    folders = await preparePackagedApp(fake);
    await import('./main');
    await vi.waitFor(() => expect(fake.BrowserWindow.instances).toHaveLength(1));
    await import('./preload');
    transport = fake.contextBridge.exposed.get('countryDeskTransport') as ContractTransport;
    shellBridge = fake.contextBridge.exposed.get('countryDeskShell') as ShellBridge;
  });

  afterAll(async () => {
    if (savedDataEnv !== undefined) process.env.COUNTRY_DESK_DATA = savedDataEnv;
    await rm(folders.root, { recursive: true, force: true });
  });

  const mainWindow = () => fake.BrowserWindow.instances[0]!;

  it('prepares Electron before ready: privileged app scheme, sandbox everywhere, the data folder, one instance', () => {
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const readyAt = fake.app.whenReady.mock.invocationCallOrder[0]!;
    expect(fake.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(fake.app.enableSandbox.mock.invocationCallOrder[0]).toBeLessThan(readyAt);
    expect(fake.app.getPath('userData')).toBe(folders.dataDir);
    expect(fake.app.setPath.mock.invocationCallOrder[0]).toBeLessThan(
      fake.app.requestSingleInstanceLock.mock.invocationCallOrder[0]!,
    );
  });

  it('opens the desk in userData with the dataset from resourcesPath/resources', async () => {
    const status = await transport.getStatus({});
    expect(status).toMatchObject({ ok: true, value: { dataDir: folders.dataDir, readOnly: false, datasetVersion: '2026.1.1' } });
    expect((await readReferenceIndex(folders.dataDir)).datasetVersion).toBe('2026.1.1');
  });

  it('registers every request of the contract with ipcMain.handle, and nothing else', () => {
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual(requestNames.map(ipcChannel).sort());
    expect(fake.ipcMain.handle).toHaveBeenCalledTimes(requestNames.length);
    expect(fake.ipcMain.on).not.toHaveBeenCalled();
    expect(fake.ipcMain.once).not.toHaveBeenCalled();
    expect(fake.ipcMain.handleOnce).not.toHaveBeenCalled();
  });

  it('refuses a request from a foreign or vanished frame without running its handler', async () => {
    const updateSettings = ipcHandler(ipcChannel('updateSettings'));
    const refused = { ok: false, error: { code: 'sender-refused', params: {} } };
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    for (const senderFrame of [
      { url: 'https://evil.example/' },
      { url: 'app://evil/index.html' },
      { url: 'file:///index.html' },
      { url: 'http://localhost:5173/' },
      null,
    ]) {
      expect(await updateSettings({ senderFrame }, { language: 'vi' })).toEqual(refused);
    }
    warn.mockRestore();
    expect(await ipcHandler(ipcChannel('getSettings'))(fromApp, {})).toEqual({ ok: true, value: { language: undefined, officerName: '' } });
    await expect(readFile(path.join(folders.dataDir, 'settings.json'), 'utf8').then(JSON.parse)).resolves.not.toHaveProperty(
      'language',
    );
  });

  it('passes a request from the app page to its handler, and refuses invalid input with invalid-input', async () => {
    const getCountry = ipcHandler(ipcChannel('getCountry'));
    const found = (await getCountry(fromApp, { code: 'AZ' })) as Reply<{ country: { code: string } }>;
    expect(found).toMatchObject({ ok: true, value: { country: { code: 'AZ' } } });
    expect(await getCountry(fromApp, { code: 'azerbaijan' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', params: { request: 'getCountry' } },
    });
    expect(await getCountry(fromApp, { code: 'AZ', extra: 1 })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(await getCountry(fromApp, { code: 'ZZ' })).toMatchObject({ ok: false, error: { code: 'unknown-country' } });
  });

  it('preload: exposes exactly the contract and the shell bridge, each request on its own channel', async () => {
    // A `probe` field is refused by a strict input schema, naming the request: the reply shows the call
    // crossed the bridge to that request's entry in the handler map and was validated there.
    expect([...fake.contextBridge.exposed.keys()].sort()).toEqual(['countryDeskShell', 'countryDeskTransport']);
    expect(Object.keys(transport).sort()).toEqual([...requestNames].sort());
    expect(Object.keys(shellBridge)).toEqual(['onMenuLanguage']);
    for (const name of requestNames) {
      fake.ipcRenderer.invoke.mockClear();
      const input = { probe: name };
      const reply = await (transport[name] as (input: unknown) => Promise<Reply<unknown>>)(input);
      expect(fake.ipcRenderer.invoke).toHaveBeenCalledExactlyOnceWith(ipcChannel(name), input);
      expect(reply.ok || (reply.error.code === 'invalid-input' && reply.error.params.request === name), name).toBe(true);
    }
  });

  it('creates the window isolated and sandboxed, with the bundled preload, loading the app scheme', () => {
    const window = mainWindow();
    expect(fake.BrowserWindow.instances).toHaveLength(1);
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: path.join(folders.appPath, 'dist', 'electron', 'preload.cjs'),
    });
    expect(window.options.show).toBe(false);
    expect(window.loadURL).toHaveBeenCalledWith('app://country-desk/index.html');
    expect(window.show).not.toHaveBeenCalled();
    window.emit('ready-to-show');
    expect(window.show).toHaveBeenCalledOnce();
  });

  it('serves the built renderer on app:// with the CSP, and nothing outside it', async () => {
    const serve = fake.protocol.handlers.get('app');
    if (!serve) throw new Error('app protocol not handled');
    const index = await serve(new Request('app://country-desk/index.html'));
    expect(index.status).toBe(200);
    expect(index.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(index.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await index.text()).toContain('<title>Country Desk</title>');
    expect((await serve(new Request('app://country-desk/'))).status).toBe(200);
    const script = await serve(new Request('app://country-desk/assets/app.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const url of [
      'app://country-desk/../secret.txt',
      'app://country-desk/%2e%2e/secret.txt',
      'app://country-desk/..%2fsecret.txt',
      'app://country-desk/assets/..%2f..%2fsecret.txt',
      'app://country-desk/missing.js',
      'app://elsewhere/index.html',
    ]) {
      const response = await serve(new Request(url));
      expect(response.status, url).toBe(404);
      expect(await response.text()).not.toContain('not for the page');
    }
    expect((await serve(new Request('app://country-desk/index.html', { method: 'POST', body: 'x' }))).status).toBe(405);
  });

  it('denies navigation away from the app, offering web links to the browser', async () => {
    const contents = mainWindow().webContents;
    const inApp = fakeEvent({ url: 'app://country-desk/index.html#/country/AZ' });
    contents.emit('will-navigate', inApp);
    expect(inApp.preventDefault).not.toHaveBeenCalled();

    fake.dialog.showMessageBox.mockClear();
    const away = fakeEvent({ url: 'https://evil.example/' });
    contents.emit('will-navigate', away);
    expect(away.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(fake.shell.openExternal).not.toHaveBeenCalled();

    const toFile = fakeEvent({ url: 'file:///etc/passwd' });
    contents.emit('will-navigate', toFile);
    expect(toFile.preventDefault).toHaveBeenCalled();

    const subFrame = fakeEvent({ url: 'https://evil.example/frame', isMainFrame: false });
    contents.emit('will-frame-navigate', subFrame);
    expect(subFrame.preventDefault).toHaveBeenCalled();
    await expectOnlyDialogAfter(contents, 'https://sentinel.example/', 1);
  });

  it('denies window.open and webviews; opens a web link only after the officer confirms', async () => {
    const contents = mainWindow().webContents;
    const openWindow = contents.windowOpenHandler;
    if (!openWindow) throw new Error('no window open handler');
    fake.dialog.showMessageBox.mockClear();
    fake.shell.openExternal.mockClear();

    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(openWindow({ url: 'https://www.mofa.gov.vn/' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.shell.openExternal).toHaveBeenCalledWith('https://www.mofa.gov.vn/'));
    const [parent, box] = fake.dialog.showMessageBox.mock.calls[0]!;
    expect(parent).toBe(mainWindow());
    expect(box).toMatchObject({ message: en.externalLink.message, buttons: [en.externalLink.open, en.externalLink.cancel], cancelId: 1 });
    expect((box as { detail: string }).detail).toContain('https://www.mofa.gov.vn/');

    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'app://country-desk/index.html']) {
      expect(openWindow({ url })).toEqual({ action: 'deny' });
    }
    await expectOnlyDialogAfter(contents, 'https://sentinel.example/', 1);
    expect(fake.shell.openExternal).toHaveBeenCalledOnce();

    const webview = fakeEvent();
    contents.emit('will-attach-webview', webview, {}, {});
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('denies every permission request and check', () => {
    const { session } = mainWindow().webContents;
    expect(session.setPermissionRequestHandler).toHaveBeenCalled();
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal']) {
      const callback = vi.fn();
      session.permissionRequestHandler?.(mainWindow().webContents, permission, callback);
      expect(callback).toHaveBeenCalledExactlyOnceWith(false);
      expect(session.permissionCheckHandler?.(mainWindow().webContents, permission)).toBe(false);
    }
  });

  it('focuses the first window when the app is launched again', () => {
    const window = mainWindow();
    window.minimized = true;
    fake.app.emit('second-instance', fakeEvent(), ['country-desk'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.show).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
  });

  it('builds the menu with the standard roles and a language menu in the current language', () => {
    const template = currentMenu();
    expect(template.map((item) => item.role).filter(Boolean)).toEqual(['fileMenu', 'editMenu', 'viewMenu', 'windowMenu', 'help']);
    const language = template.find((item) => item.id === 'language');
    expect(language?.label).toBe(en.menu.language);
    expect(languageMenu(template).map(({ label, type, checked }) => ({ label, type, checked }))).toEqual([
      { label: 'Tiếng Việt', type: 'radio', checked: false },
      { label: 'English', type: 'radio', checked: true },
    ]);
  });

  it('switches the language from the menu: the renderer follows, the setting is saved, the menu is relabelled', async () => {
    const heard = vi.fn();
    const stop = shellBridge.onMenuLanguage(heard);
    click(languageMenu(currentMenu())[0]);
    await vi.waitFor(() => expect(currentMenu().find((item) => item.id === 'language')?.label).toBe(vietnamese.menu.language));
    expect(heard).toHaveBeenCalledExactlyOnceWith('vi');
    expect(mainWindow().webContents.send).toHaveBeenCalledWith('country-desk-shell:menu-language', 'vi');
    expect(await transport.getSettings({})).toEqual({ ok: true, value: { language: 'vi', officerName: '' } });
    expect(JSON.parse(await readFile(path.join(folders.dataDir, 'settings.json'), 'utf8'))).toMatchObject({ language: 'vi' });
    expect(languageMenu(currentMenu()).map((item) => item.checked)).toEqual([true, false]);
    expect(currentMenu().find((item) => item.role === 'fileMenu')?.label).toBe(vietnamese.menu.file);

    stop();
    mainWindow().webContents.send('country-desk-shell:menu-language', 'en');
    expect(heard).toHaveBeenCalledOnce();
  });

  it('ignores a language the app does not have', () => {
    const heard = vi.fn();
    const stop = shellBridge.onMenuLanguage(heard);
    mainWindow().webContents.send('country-desk-shell:menu-language', 'fr');
    mainWindow().webContents.send('country-desk-shell:menu-language', { toString: () => 'vi' });
    expect(heard).not.toHaveBeenCalled();
    stop();
  });

  it('relabels the menu when the renderer changes the language itself', async () => {
    expect(await transport.updateSettings({ language: 'en' })).toEqual({ ok: true, value: { language: 'en', officerName: '' } });
    expect(currentMenu().find((item) => item.id === 'language')?.label).toBe(en.menu.language);
  });

  it('closes the desk before quitting: holds the quit, writes, releases the lock, then quits', async () => {
    fake.app.quit.mockClear();
    const first = fakeEvent();
    fake.app.emit('before-quit', first);
    expect(first.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(fake.app.quit).toHaveBeenCalledOnce());
    const second = fakeEvent();
    fake.app.emit('before-quit', second);
    expect(second.preventDefault).not.toHaveBeenCalled();
    const again = await openDesk({ dataDir: folders.dataDir, access: 'write', resourcesDir: path.join(folders.root, 'resources') });
    expect(again.settingsFile.data.language).toBe('en');
    await again.close();
  });
});

describe('the shell modules on their own', () => {
  const t = createNodeTranslator();

  it('knows the app origin by scheme and host only', () => {
    expect(isAppUrl('app://country-desk/index.html#/country/AZ')).toBe(true);
    for (const url of ['app://country-desk.evil/', 'app://evil/', 'app://country-desk@evil/', 'https://country-desk/', '', undefined, null, 'not a url']) {
      expect(isAppUrl(url), String(url)).toBe(false);
    }
  });

  it('asks in the given language and opens nothing on cancel or for a non-web link', async () => {
    fake.dialog.showMessageBox.mockClear();
    fake.shell.openExternal.mockClear();
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    expect(await confirmExternalLink('http://example.org/a', t('vi'))).toBe(false);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ title: vietnamese.externalLink.title, buttons: [vietnamese.externalLink.open, vietnamese.externalLink.cancel] }),
    );
    expect(await confirmExternalLink('file:///etc/passwd', t('vi'))).toBe(false);
    expect(await confirmExternalLink('mailto:a@b.c', t('vi'))).toBe(false);
    expect(fake.dialog.showMessageBox).toHaveBeenCalledOnce();
    expect(fake.shell.openExternal).not.toHaveBeenCalled();
  });

  it('puts the macOS app menu first on macOS only', () => {
    const context: AppMenuContext = {
      handlers: { updateSettings: vi.fn() },
      mainWindow: () => undefined,
      language: () => 'vi',
      translate: t,
    };
    expect(appMenuTemplate({ ...context, platform: 'darwin' })[0]?.role).toBe('appMenu');
    expect(appMenuTemplate({ ...context, platform: 'win32' }).some((item) => item.role === 'appMenu')).toBe(false);
    expect(appMenuTemplate({ ...context, platform: 'win32' }).find((item) => item.role === 'help')?.label).toBe(vietnamese.menu.help);
  });
});

describe('main.ts in other situations', () => {
  /** main.ts runs once per module registry: forget the modules and what the stand-in recorded. */
  function freshShell(): FakeElectron {
    vi.resetModules();
    resetFakeElectron();
    return fake;
  }

  it('a second launch quits at once, without opening the desk or a window', async () => {
    const electron = freshShell();
    electron.app.paths.set('appData', '/nonexistent');
    electron.app.requestSingleInstanceLock.mockReturnValue(false);
    await import('./main');
    expect(electron.app.quit).toHaveBeenCalledOnce();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.instances).toHaveLength(0);
  });

  it('when the data folder is in use, tells the officer why in their language and quits', async () => {
    const electron = freshShell();
    const folders = await preparePackagedApp(electron);
    const dataDir = path.join(folders.root, 'held');
    const holder = await openDesk({ dataDir, access: 'write', resourcesDir: path.join(folders.root, 'resources') });
    const savedDataEnv = process.env.COUNTRY_DESK_DATA;
    process.env.COUNTRY_DESK_DATA = dataDir;
    electron.app.getPreferredSystemLanguages.mockReturnValue(['vi-VN']);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    try {
      await import('./main');
      await vi.waitFor(() => expect(electron.dialog.showErrorBox).toHaveBeenCalledOnce());
      const [title, message] = electron.dialog.showErrorBox.mock.calls[0] as [string, string];
      expect(title).toBe(vietnamese.startupFailed.title);
      expect(message).toContain(dataDir);
      expect(electron.app.quit).toHaveBeenCalled();
      expect(electron.BrowserWindow.instances).toHaveLength(0);
      expect(electron.app.getPath('userData')).toBe(dataDir);
    } finally {
      error.mockRestore();
      if (savedDataEnv === undefined) delete process.env.COUNTRY_DESK_DATA;
      else process.env.COUNTRY_DESK_DATA = savedDataEnv;
      await holder.close();
      await rm(folders.root, { recursive: true, force: true });
    }
  });
});
