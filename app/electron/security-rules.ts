import { app, BrowserWindow, type WebContents } from 'electron';
import type { TFunction } from 'i18next';
import { isAppUrl } from './app-origin';
import { confirmExternalLink } from './confirm-external-link';

export interface SecurityRulesOptions {
  /** The translator of the shell's current language, for the link confirmation. */
  t: () => TFunction;
}

/** Offers to open a web link in the system browser; anything else is simply dropped. */
function offerExternalLink(contents: WebContents, url: string, t: TFunction): void {
  const parent = BrowserWindow.fromWebContents(contents) ?? undefined;
  confirmExternalLink(url, t, parent).catch((error: unknown) => console.error(`Could not open ${url}`, error));
}

/** Guards one web contents: it stays on the app's pages, opens no windows, attaches no webviews, gets no permissions. */
function guardWebContents(contents: WebContents, options: SecurityRulesOptions): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    offerExternalLink(contents, event.url, options.t());
  });
  // Sub-frames too (the main frame's navigations are handled above, with the offer to open in a browser).
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame && !isAppUrl(event.url)) event.preventDefault();
  });

  contents.setWindowOpenHandler(({ url }) => {
    offerExternalLink(contents, url, options.t());
    return { action: 'deny' };
  });

  contents.on('will-attach-webview', (event) => event.preventDefault());

  contents.session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  contents.session.setPermissionCheckHandler(() => false);
}

/** Applies the app's security rules to every web contents Electron creates, from now on. */
export function applySecurityRules(options: SecurityRulesOptions): void {
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, options));
}
