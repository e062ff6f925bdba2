import { app, type BrowserWindow } from 'electron';

/** Brings a window to the front, restoring it when minimized. */
export function focusWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

/**
 * One app per data folder: takes the single-instance lock. The first instance keeps it and, when
 * the officer launches the app again, focuses its window; a second instance quits at once.
 * Returns false in a second instance (which is then quitting).
 */
export function claimSingleInstance(mainWindow: () => BrowserWindow | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    const window = mainWindow();
    if (window && !window.isDestroyed()) focusWindow(window);
  });
  return true;
}
