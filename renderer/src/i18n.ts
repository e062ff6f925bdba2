import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { chooseLanguage } from '../../app/shared/settings/choose-language';
import type { Language } from '../../app/shared/settings/settings-schema';

/** Every namespace but those only Node speaks (the CLI, its bench, the Electron shell's menus and dialogs), which the start screen need not carry. */
const files = import.meta.glob<Record<string, unknown>>(['../../locales/*/*.json', '!../../locales/*/{bench,cli,electron}.json'], {
  eager: true,
  import: 'default',
});

function resources() {
  const result: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const [file, content] of Object.entries(files)) {
    const match = /locales\/(\w+)\/([\w-]+)\.json$/.exec(file);
    if (!match) continue;
    const [, language = '', namespace = ''] = match;
    result[language] = { ...result[language], [namespace]: content };
  }
  return result;
}

/** Starts i18next in the browser's language, until `followSettings` knows the officer's choice. */
export async function initI18n(): Promise<void> {
  const language = chooseLanguage(undefined, navigator.languages);
  const all = resources();
  await i18next.use(initReactI18next).init({
    lng: language,
    fallbackLng: 'en',
    resources: all,
    ns: Object.keys(all.en ?? {}),
    defaultNS: 'app',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = language;
}

/** Speaks the language saved in settings, else the browser's (see `chooseLanguage`). */
export async function followSettings(saved: Language | undefined): Promise<void> {
  await changeLanguage(chooseLanguage(saved, navigator.languages));
}

export async function changeLanguage(language: Language): Promise<void> {
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
