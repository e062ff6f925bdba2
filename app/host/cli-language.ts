import { AppError } from '../core/app-error';
import { languageSchema, type Language } from '../core/settings/settings-schema';

/** `--lang vi|en`, English by default on the command line. */
export function parseLanguageFlag(value: unknown, fallback: Language = 'en'): Language {
  if (value === undefined) return fallback;
  const parsed = languageSchema.safeParse(value);
  if (!parsed.success) throw new AppError('usage', { detail: `--lang must be vi or en, not '${String(value)}'` });
  return parsed.data;
}
