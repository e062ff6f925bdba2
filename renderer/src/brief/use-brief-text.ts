import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/shared/settings/settings-schema';

type BriefText = (t: TFunction<'briefs'>, lang: Language) => string;

/** A brief's text in each of its languages (a text the same in both is given once). */
export function useBriefText(languages: readonly Language[]) {
  const { t: tVi } = useTranslation('briefs', { lng: 'vi' });
  const { t: tEn } = useTranslation('briefs', { lng: 'en' });
  const each = (text: BriefText) => [...new Set(languages.map((lang) => text(lang === 'vi' ? tVi : tEn, lang)))];
  return {
    each,
    /** The texts joined: 'Nguồn / Sources'. */
    joined: (text: BriefText, separator = ' / ') => each(text).join(separator),
  };
}
