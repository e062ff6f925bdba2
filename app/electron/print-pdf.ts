import { setTimeout as delay } from 'node:timers/promises';
import { BrowserWindow, type WebContents } from 'electron';
import { AppError } from '../shared/app-error';
import { PRINT_ERROR_KEY, PRINT_STATE_KEY } from '../shared/briefs/print-state';
import type { RoutePrinter } from '../core/briefs/route-printer';
import { APP_ENTRY_URL } from './app-origin';
import { appWebPreferences } from './app-web-preferences';

const PRINT_TIMEOUT_MS = 60_000;

/** Waits until the print route says it is ready (data shown, fonts loaded); throws `pdf-failed` when it failed. */
async function waitUntilReady(contents: WebContents): Promise<void> {
  const deadline = Date.now() + PRINT_TIMEOUT_MS;
  for (;;) {
    const [state, problem] = (await contents.executeJavaScript(
      `[document.documentElement.dataset.${PRINT_STATE_KEY}, document.documentElement.dataset.${PRINT_ERROR_KEY}]`,
    )) as [string | undefined, string | undefined];
    if (state === 'ready') return;
    if (state === 'failed') throw new AppError('pdf-failed', { detail: problem ?? 'the brief could not be shown' });
    if (Date.now() > deadline) throw new AppError('pdf-failed', { detail: 'the brief did not finish loading' });
    await delay(100);
  }
}

/**
 * Prints routes of the renderer with `webContents.printToPDF` of a hidden window that has the main
 * window's secure web preferences and loads the app from `app://country-desk/`.
 */
export function openHiddenWindowPrinter(preloadPath: string): RoutePrinter {
  return {
    async print(route) {
      const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: appWebPreferences(preloadPath) });
      try {
        await window.loadURL(`${APP_ENTRY_URL}${route}`);
        await waitUntilReady(window.webContents);
        await window.webContents.executeJavaScript('document.fonts.ready.then(() => true)');
        return await window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true });
      } finally {
        window.destroy();
      }
    },
    close: async () => undefined,
  };
}
