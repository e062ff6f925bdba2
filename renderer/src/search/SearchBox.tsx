import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import { hitKindKey } from '../../../app/shared/search/hit-kind-key';
import type { SearchHit } from '../../../app/shared/search/search-hit';
import { rememberVisit } from '../palette/use-remember-visits';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { groupHitsByCountry, hitLocation } from './group-hits';
import { HighlightedText } from './HighlightedText';
import { useSearchResults } from './use-search-results';
import { useCountryName } from './use-country-name';
import { useSearchIndexState } from './use-search-index-state';
import { useSearchShortcut } from './use-search-shortcut';
import './SearchBox.css';

/**
 * The one search box, in the header on every screen: records and notes in both languages, diacritics
 * ignored, results as you type grouped by country. A combobox: arrows move through the results, Enter
 * opens one, Escape closes the list. Moving to another screen clears it.
 */
export function SearchBox() {
  const { t } = useTranslation('browse');
  const { t: ta } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const input = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const location = useLocation();
  const [searchedAt, setSearchedAt] = useState(location);
  if (searchedAt !== location) {
    setSearchedAt(location);
    setQuery('');
    setOpen(false);
  }
  const results = useSearchResults(query);
  const searchIndex = useSearchIndexState();
  const building = searchIndex?.state === 'building';
  const countryName = useCountryName();
  useSearchShortcut(input);

  const hits = results && 'hits' in results ? results.hits : undefined;
  const groups = groupHitsByCountry(hits ?? []);
  const flat = groups.flatMap((group) => group.hits);
  const expanded = open && flat.length > 0;
  const optionId = (index: number) => `${ids}-option-${index}`;

  const choose = (hit: SearchHit) => {
    if (hit.type === 'note') {
      rememberVisit({ type: 'note', country: hit.country, id: hit.id, title: hit.title[language], recordId: hit.recordId });
    }
    setOpen(false);
    setActive(-1);
    void navigate(hitLocation(hit));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (flat.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + flat.length + (current < 0 && step < 0 ? 1 : 0)) % flat.length);
    } else if (event.key === 'Enter') {
      const hit = expanded ? (flat[active] ?? flat[0]) : undefined;
      if (hit) {
        event.preventDefault();
        choose(hit);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setQuery('');
      setActive(-1);
    }
  };

  let index = 0;
  return (
    <div className="search-box" role="search">
      <label htmlFor={`${ids}-input`} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        ref={input}
        id={`${ids}-input`}
        type="text"
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('search.placeholder')}
        aria-keyshortcuts="/"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${ids}-listbox`}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        value={query}
        onChange={(event) => {
          setQuery(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <p role="status" className="visually-hidden">
        {hits && t('search.count', { count: hits.length })}
      </p>
      {open && hits?.length === 0 && (
        <p className={`search-box__results search-box__none${building ? ' search-box__results--after-status' : ''}`}>{t(building ? 'search.noneYet' : 'search.none', { query: results?.query })}</p>
      )}
      {open && searchIndex?.state === 'building' && (
        <p role="status" className="search-box__results search-box__none">
          {t('search.building', { done: searchIndex.done, total: searchIndex.total })}
        </p>
      )}
      {open && results && 'error' in results && (
        <div className="search-box__results search-box__none">
          <RequestFailure error={results.error} />
        </div>
      )}
      <div id={`${ids}-listbox`} role="listbox" aria-label={t('search.results')} className={`search-box__results${building ? ' search-box__results--after-status' : ''}`} hidden={!expanded}>
        {expanded &&
          groups.map((group) => (
            <div key={group.country} role="group" aria-labelledby={`${ids}-group-${group.country}`}>
              <div role="presentation" id={`${ids}-group-${group.country}`} className="search-box__group">
                {countryName(group.country)}
              </div>
              {group.hits.map((hit) => {
                const position = index++;
                return (
                  <div
                    key={`${hit.type}-${hit.id}`}
                    id={optionId(position)}
                    role="option"
                    aria-selected={position === active}
                    className="search-box__option"
                    onMouseDown={(event) => event.preventDefault()}
                    onMouseEnter={() => setActive(position)}
                    onClick={() => choose(hit)}
                  >
                    <span className="search-box__title">
                      <HighlightedText text={hit.title[language] || t('records:translationMissing')} terms={hit.terms} />
                    </span>
                    <span className="search-box__kind">{ta(hitKindKey(hit.kind))}</span>
                    <span className="search-box__snippet">
                      <HighlightedText text={hit.snippet[language] || t('records:translationMissing')} terms={hit.terms} />
                    </span>
                  </div>
                );
              })}
            </div>
          ))}
      </div>
    </div>
  );
}
