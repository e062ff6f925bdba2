import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { api } from '../api';
import { changeLanguage } from '../i18n';
import { useLanguage } from '../use-language';
import { RequestFailure } from './RequestFailure';
import './LanguageSwitch.css';

const LANGUAGES: readonly Language[] = ['vi', 'en'];

/** Switches the UI between Vietnamese and English and remembers the choice in settings; says so when it cannot. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const current = useLanguage();
  const [failure, setFailure] = useState<unknown>();

  // Saved first, so that a language on screen is a language remembered.
  const choose = (language: Language) => {
    setFailure(undefined);
    api
      .updateSettings({ language })
      .then(() => changeLanguage(language))
      .catch(setFailure);
  };

  return (
    <>
      <div role="group" aria-label={t('language.label')} className="language-switch">
        {LANGUAGES.map((language) => (
          <button key={language} type="button" lang={language} aria-pressed={current === language} onClick={() => choose(language)}>
            {t(`language.${language}`)}
          </button>
        ))}
      </div>
      {failure !== undefined && <RequestFailure error={failure} />}
    </>
  );
}
