/**
 * The Electron entry (bundled to dist/electron/main.cjs). It wires the small modules beside it:
 * one instance, one data folder, the contract over IPC, the security rules, the menu, the window.
 */
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Handlers } from '../contract';
import { AppError } from '../shared/app-error';
import { chooseLanguage } from '../shared/settings/choose-language';
import { openDesk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { createNodeTranslator, describeAppError } from '../core/i18n/node-translator';
import { SQLITE_BINDING_VARIABLE } from '../core/search/open-sqlite';
import { PRODUCT_FOLDER_NAME } from '../core/store/data-folder';
import { installAppMenu, type AppMenuContext } from './app-menu';
import { registerAppProtocol, registerAppScheme } from './app-protocol';
import { closeDeskBeforeQuit } from './close-desk-before-quit';
import { createMainWindow } from './create-main-window';
import { openHiddenWindowPrinter } from './print-pdf';
import { registerIpcHandlers } from './register-ipc-handlers';
import { withBriefSaveDialog } from './save-brief-dialog';
import { applySecurityRules } from './security-rules';
import { claimSingleInstance } from './single-instance';

let mainWindow: BrowserWindow | undefined;

/**
 * The data folder: `COUNTRY_DESK_DATA` when set (tests, a second desk), else "<appData>/Country Desk",
 * the folder the `country-desk` command uses too. Set before the single-instance lock, which is per folder.
 */
function useDataFolder(): void {
  app.setPath('userData', process.env.COUNTRY_DESK_DATA ?? path.join(app.getPath('appData'), PRODUCT_FOLDER_NAME));
}

/** The bundled dataset and fonts: beside the app when packaged, the repo's `resources/` otherwise. */
function resourcesDir(): string {
  return app.isPackaged
    ? path.join(process.resourcesPath, 'resources')
    : path.join(app.getAppPath(), 'resources');
}

/**
 * In development node_modules holds better-sqlite3 built for Node (the CLI uses it); `npm start` builds
 * a copy for Electron into dist/electron/native (scripts/build-electron-sqlite.mjs). A packaged app's
 * node_modules is rebuilt for Electron by electron-builder and needs nothing.
 */
function useElectronSqliteBuild(): void {
  if (app.isPackaged) return;
  process.env[SQLITE_BINDING_VARIABLE] = path.join(app.getAppPath(), 'dist', 'electron', 'native', 'better_sqlite3.node');
}

/** The bundled preload of the app's windows (the main window and the hidden one that prints briefs). */
function preloadPath(): string {
  return path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
}

function openMainWindow(): void {
  mainWindow = createMainWindow(preloadPath());
  mainWindow.on('closed', () => {
    mainWindow = undefined;
  });
}

/** The core's handlers, with the menu rebuilt whenever the renderer changes the language. */
function handlersFollowedByMenu(handlers: Handlers, menu: AppMenuContext): Handlers {
  return {
    ...handlers,
    async updateSettings(patch) {
      const settings = await handlers.updateSettings(patch);
      installAppMenu(menu);
      return settings;
    },
  };
}

async function startDesk(): Promise<void> {
  useElectronSqliteBuild();
  const desk = await openDesk({ dataDir: app.getPath('userData'), access: 'write', resourcesDir: resourcesDir() });
  closeDeskBeforeQuit(desk);
  const translate = createNodeTranslator();
  const language = () => chooseLanguage(desk.settingsFile.data.language, app.getPreferredSystemLanguages());
  const printer = openHiddenWindowPrinter(preloadPath());
  const handlers = withBriefSaveDialog(createHandlers(desk, { printer }), {
    desk,
    printer,
    parentWindow: () => mainWindow,
    t: () => translate(language()),
  });
  const menu: AppMenuContext = { handlers, mainWindow: () => mainWindow, language, translate };

  registerIpcHandlers(handlersFollowedByMenu(handlers, menu));
  applySecurityRules({ t: () => translate(language()) });
  registerAppProtocol(path.join(app.getAppPath(), 'dist', 'renderer'));
  installAppMenu(menu);
  openMainWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow();
  });
}

/** Tells the officer why the app cannot start (in the system's language), then quits. */
function reportStartupFailure(error: unknown): void {
  const t = createNodeTranslator()(chooseLanguage(undefined, app.getPreferredSystemLanguages()));
  const message =
    error instanceof AppError ? describeAppError(t, error) : error instanceof Error ? error.message : String(error);
  console.error(error);
  dialog.showErrorBox(t('electron:startupFailed.title'), message);
  app.quit();
}

registerAppScheme();
app.enableSandbox();
useDataFolder();
if (claimSingleInstance(() => mainWindow)) {
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.whenReady().then(startDesk).catch(reportStartupFailure);
}
