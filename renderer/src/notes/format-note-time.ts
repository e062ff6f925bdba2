import type { Language } from '../../../app/shared/settings/settings-schema';

const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };

/** When a note was saved, for its language: 25/11/2026 14:05 / 25 Nov 2026, 14:05. */
export function formatNoteTime(iso: string, language: Language): string {
  const options: Intl.DateTimeFormatOptions =
    language === 'vi'
      ? { day: '2-digit', month: '2-digit', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' };
  return new Intl.DateTimeFormat(LOCALES[language], options).format(new Date(iso));
}
