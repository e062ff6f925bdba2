import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import i18next, { type TFunction } from 'i18next';
import type { AppError } from '../../shared/app-error';
import { packageRoot } from '../package-root';
import type { Language } from '../../shared/settings/settings-schema';

export const localesDir = (): string => path.join(packageRoot(), 'locales');

/** Reads every namespace file of one language from locales/<lang>/*.json. */
export function readLocale(language: Language, dir = localesDir()): Record<string, Record<string, unknown>> {
  const folder = path.join(dir, language);
  return Object.fromEntries(
    readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => [path.basename(file, '.json'), JSON.parse(readFileSync(path.join(folder, file), 'utf8'))]),
  );
}

/** Translators for Node-side text (CLI output, PDF file names), from the same locale files as the UI. */
export function createNodeTranslator(): (language: Language) => TFunction {
  const instance = i18next.createInstance();
  const en = readLocale('en');
  void instance.init({
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    resources: { vi: readLocale('vi'), en },
    ns: Object.keys(en),
    defaultNS: 'cli',
    interpolation: { escapeValue: false },
  });
  return (language) => instance.getFixedT(language);
}

export function describeAppError(t: TFunction, error: AppError): string {
  return t(`errors:${error.code}`, error.params);
}
