import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { api } from '../api';
import { ModalDialog } from '../components/ModalDialog';
import { changeLanguage } from '../i18n';
import { useCountryName } from '../search/use-country-name';
import { useSearchResults } from '../search/use-search-results';
import { chooseTheme } from '../theme/app-theme';
import { useLanguage } from '../use-language';
import { paletteItems, paletteSections, type PaletteCommand, type PaletteText } from './palette-items';
import { rememberRecentItem, useRecentItems } from './use-recent-items';
import './CommandPalette.css';

/** Where a palette command asks the screen it opens to put the focus (see `BriefBuilderScreen`). */
export interface PaletteNavigationState {
  focusSave?: boolean;
}

/**
 * Ctrl+K's palette: one list of the countries the query names, actions, recent items and search results,
 * diacritics optional; a combobox, so the arrows move through the list and Enter runs the item.
 */
export function CommandPalette({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('palette');
  const language = useLanguage();
  const navigate = useNavigate();
  const ids = useId();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const results = useSearchResults(query);
  const recent = useRecentItems();
  const countryName = useCountryName();
  const other = i18n.getFixedT(language === 'vi' ? 'en' : 'vi', 'palette');
  const text: PaletteText = (key, params) => ({ shown: t(key, params), alternate: other(key, params) });
  const theme = document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light';
  const hits = results && 'hits' in results ? results.hits : [];
  const items = paletteItems({ query, hits, recent, language, countryName, text }, theme);
  const current = Math.min(active, items.length - 1);
  const optionId = (index: number) => `${ids}-option-${index}`;

  const run = (command: PaletteCommand) => {
    onClose();
    if (command.type === 'navigate') {
      if (command.remember) rememberRecentItem(command.remember);
      const state: PaletteNavigationState = { focusSave: command.focusSave };
      void navigate(command.to, { state });
    } else if (command.type === 'language') {
      void api.updateSettings({ language: command.language }).then(() => changeLanguage(command.language));
    } else {
      chooseTheme(command.theme);
    }
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (items.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % items.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const chosen = items[current];
      if (chosen) run(chosen.command);
    }
  };

  let index = 0;
  return (
    <ModalDialog title={t('title')} onClose={onClose} className="command-palette" titleHidden>
      <input
        data-autofocus
        type="text"
        role="combobox"
        aria-label={t('label')}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('placeholder')}
        aria-autocomplete="list"
        aria-expanded={items.length > 0}
        aria-controls={`${ids}-listbox`}
        aria-activedescendant={current >= 0 ? optionId(current) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="visually-hidden">
        {t('count', { count: items.length })}
      </p>
      <div id={`${ids}-listbox`} role="listbox" aria-label={t('list')} className="command-palette__list">
        {paletteSections.map((section) => {
          const inSection = items.filter((entry) => entry.section === section);
          if (inSection.length === 0) return null;
          return (
            <div key={section} role="group" aria-labelledby={`${ids}-${section}`}>
              <div role="presentation" id={`${ids}-${section}`} className="command-palette__section">
                {t(`sections.${section}`)}
              </div>
              {inSection.map((entry) => {
                const position = index++;
                return (
                  <div
                    key={entry.key}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === current}
                    className="command-palette__option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(position)}
                    onClick={() => run(entry.command)}
                  >
                    <span className="command-palette__label">{entry.label}</span>
                    {entry.detail && <span className="command-palette__detail">{entry.detail}</span>}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </ModalDialog>
  );
}
