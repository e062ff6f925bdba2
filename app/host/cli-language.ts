import type { TFunction } from 'i18next';
import { AppError } from '../shared/app-error';
import { languageSchema, type Language } from '../shared/settings/settings-schema';

/** `--lang vi|en`, English by default on the command line; `t` words the usage error. */
export function parseLanguageFlag(value: string | undefined, t: TFunction, fallback: Language = 'en'): Language {
  if (value === undefined) return fallback;
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) throw new AppError('usage', { detail: t('langInvalid', { value }) });
  return parsed.data;
}
