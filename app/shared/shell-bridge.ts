/**
 * What the preload exposes beside the contract, as `window.countryDeskShell`: events that start in
 * the main process (the application menu). No Electron imports, so the renderer can use the type.
 */
import type { Language } from './settings/settings-schema';

/** The IPC channel on which the menu's language switch reaches the renderer. */
export const MENU_LANGUAGE_CHANNEL = 'country-desk-shell:menu-language';

export interface ShellBridge {
  /** Calls `callback` when the officer picks a language in the menu; returns the unsubscribe function. */
  onMenuLanguage(callback: (language: Language) => void): () => void;
}
