import type { Language } from './settings-schema';

/**
 * The language the app speaks, chosen in one place for the renderer and the Electron shell: the
 * officer's saved choice (settings), else Vietnamese when the system prefers it, else English.
 */
export function chooseLanguage(saved: Language | undefined, systemLanguages: readonly string[]): Language {
  if (saved) return saved;
  return systemLanguages.some((language) => language.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}
