import { BrowserWindow } from 'electron';
import type { PrintSurface } from '../core/briefs/route-printer';
import { createWarmRoutePrinter, type WarmRoutePrinter } from '../core/briefs/warm-route-printer';
import { APP_ENTRY_URL } from './app-origin';
import { appWebPreferences } from './app-web-preferences';

/** A printer left without prints this long closes its hidden window. */
const PRINTER_IDLE_MS = 120_000;

/** A hidden window with the main window's secure web preferences, on the app's print route. */
async function openHiddenWindowSurface(preloadPath: string, route: string): Promise<PrintSurface> {
  const window = new BrowserWindow({ show: false, width: 900, height: 1200, webPreferences: appWebPreferences(preloadPath) });
  try {
    await window.loadURL(`${APP_ENTRY_URL}${route}`);
  } catch (error) {
    window.destroy();
    throw error;
  }
  return {
    evaluate: (script) => window.webContents.executeJavaScript(script) as Promise<unknown>,
    pdf: () =>
      window.webContents.printToPDF({ pageSize: 'A4', preferCSSPageSize: true, printBackground: true, generateTaggedPDF: true, generateDocumentOutline: true }),
    close: async () => window.destroy(),
  };
}

/**
 * Prints routes of the renderer with `webContents.printToPDF` of one hidden window that loads the
 * app from `app://country-desk/` at the first print and shows brief after brief until it is idle.
 */
export function openHiddenWindowPrinter(preloadPath: string): WarmRoutePrinter {
  return createWarmRoutePrinter((route) => openHiddenWindowSurface(preloadPath, route), { idleMs: PRINTER_IDLE_MS });
}
