import { useTranslation } from 'react-i18next';
import type { Language } from '../../app/shared/settings/settings-schema';

/** The current UI language, as the type the data uses. */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return i18n.language === 'vi' ? 'vi' : 'en';
}
