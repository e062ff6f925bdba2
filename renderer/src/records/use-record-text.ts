import { useTranslation } from 'react-i18next';
import type { BilingualText } from '../../../app/shared/records/bilingual-text';
import { useLanguage } from '../use-language';

/** A record's text in the app's language; where the officer saved it in the other language only, "translation missing". */
export function useRecordText(): (text: BilingualText) => string {
  const { t } = useTranslation('records');
  const language = useLanguage();
  return (text) => (text[language].trim() === '' ? t('translationMissing') : text[language]);
}
