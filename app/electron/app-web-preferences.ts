import type { WebPreferences } from 'electron';

/** The web preferences of every window showing the app: isolated, sandboxed, no Node, only the bundled preload. */
export function appWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
  };
}
