import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL } from './app-origin';
import { appWebPreferences } from './app-web-preferences';

/**
 * The app's window: isolated, sandboxed, no Node in the page, only the bundled preload.
 * It loads the renderer from the `app:` scheme and shows itself once the first frame is ready.
 */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Country Desk',
    backgroundColor: '#ffffff',
    webPreferences: appWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error(`Could not load ${APP_ENTRY_URL}`, error));
  return window;
}
