import type { Language } from '../shared/settings/settings-schema';

/**
 * The language of the shell's own text (menu, dialogs): the officer's saved choice, else Vietnamese
 * when the system prefers it, else English. The renderer makes the same choice.
 */
export function chooseShellLanguage(saved: Language | undefined, systemLanguages: readonly string[]): Language {
  if (saved) return saved;
  return systemLanguages.some((language) => language.toLowerCase().startsWith('vi')) ? 'vi' : 'en';
}
