import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { useLanguage } from '../use-language';

/**
 * The same text in the app's language, then in the other one, each marked with its `lang`: for the
 * states where the officer's choice may not be known (the host stopped or refused the page).
 */
export function InBothLanguages({ namespace, children }: { namespace: string; children: (t: TFunction, language: Language) => ReactNode }) {
  const { i18n } = useTranslation();
  const first = useLanguage();
  return (
    <>
      {([first, first === 'vi' ? 'en' : 'vi'] as const).map((language) => (
        <div key={language} lang={language} className="in-both-languages">
          {children(i18n.getFixedT(language, namespace), language)}
        </div>
      ))}
    </>
  );
}
