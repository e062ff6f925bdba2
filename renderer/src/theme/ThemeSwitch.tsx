import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { chooseTheme, storedThemeChoice } from './app-theme';
import { themeChoices, type ThemeChoice } from './theme-choice';
import './ThemeSwitch.css';

/** Light, dark, or as the system says; remembered on this computer. */
export function ThemeSwitch() {
  const { t } = useTranslation();
  const id = useId();
  const [choice, setChoice] = useState(storedThemeChoice);
  return (
    <div className="theme-switch">
      <label htmlFor={id} className="visually-hidden">
        {t('theme.label')}
      </label>
      <select
        id={id}
        value={choice}
        onChange={(event) => {
          const chosen = event.target.value as ThemeChoice;
          chooseTheme(chosen);
          setChoice(chosen);
        }}
      >
        {themeChoices.map((option) => (
          <option key={option} value={option}>
            {t(`theme.${option}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
