import { app } from 'electron';
import type { Desk } from '../core/desk';

/**
 * Holds the quit until the desk has written pending changes and released the data folder's lock:
 * the first `before-quit` is cancelled, the desk closes, then the app quits for real.
 */
export function closeDeskBeforeQuit(desk: Desk): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    desk
      .close()
      .catch((error: unknown) => console.error('Could not close the data folder cleanly', error))
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}
