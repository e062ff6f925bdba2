import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Country, CountryCode } from '../../../app/shared/records/record-schema';
import { useLanguage } from '../use-language';
import './CountryOrderList.css';

interface CountryOrderListProps {
  countries: readonly Country[];
  chosen: readonly CountryCode[];
  onChange: (chosen: CountryCode[]) => void;
}

type Focus = { code: CountryCode; button: 'up' | 'down' | 'add' | 'remove' };

/**
 * Picks the countries of a binder and their order, by keyboard as well as by mouse: Add, Move up,
 * Move down and Remove buttons; focus follows the moved country and each move is announced.
 */
export function CountryOrderList({ countries, chosen, onChange }: CountryOrderListProps) {
  const { t } = useTranslation('briefs');
  const language = useLanguage();
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focus, setFocus] = useState<Focus>();
  const [announcement, setAnnouncement] = useState('');
  const name = (code: CountryCode) => countries.find((country) => country.code === code)?.name[language] ?? code;

  useEffect(() => {
    if (focus) buttons.current.get(`${focus.code}-${focus.button}`)?.focus();
  }, [focus, chosen]);

  const ref = (code: CountryCode, button: Focus['button']) => (element: HTMLButtonElement | null) => {
    if (element) buttons.current.set(`${code}-${button}`, element);
    else buttons.current.delete(`${code}-${button}`);
  };

  const move = (index: number, step: -1 | 1) => {
    const next = [...chosen];
    const [code] = next.splice(index, 1);
    if (code === undefined) return;
    const to = index + step;
    next.splice(to, 0, code);
    onChange(next);
    const atEdge = to === 0 || to === next.length - 1;
    setFocus({ code, button: atEdge ? (step === -1 ? 'down' : 'up') : step === -1 ? 'up' : 'down' });
    setAnnouncement(t('binder.position', { country: name(code), position: to + 1, total: next.length }));
  };

  const available = countries.filter((country) => !chosen.includes(country.code));

  // The pressed Add or Remove button leaves the list it was in; focus goes where the next press is likely.
  const add = (code: CountryCode) => {
    const next = [...chosen, code];
    onChange(next);
    const following = available[available.findIndex((country) => country.code === code) + 1] ?? available.find((country) => country.code !== code);
    setFocus(following ? { code: following.code, button: 'add' } : { code, button: 'remove' });
    setAnnouncement(t('binder.position', { country: name(code), position: next.length, total: next.length }));
  };

  const remove = (code: CountryCode) => {
    onChange(chosen.filter((c) => c !== code));
    setFocus({ code, button: 'add' });
  };
  return (
    <div className="country-order">
      <h2 id="binder-chosen-heading">{t('binder.chosen')}</h2>
      {chosen.length === 0 ? (
        <p>{t('binder.empty')}</p>
      ) : (
        <ol aria-labelledby="binder-chosen-heading">
          {chosen.map((code, index) => (
            <li key={code}>
              <span className="country-order__name">{name(code)}</span>
              <button type="button" ref={ref(code, 'up')} disabled={index === 0} aria-label={t('binder.moveUp', { country: name(code) })} onClick={() => move(index, -1)}>
                ↑
              </button>
              <button
                type="button"
                ref={ref(code, 'down')}
                disabled={index === chosen.length - 1}
                aria-label={t('binder.moveDown', { country: name(code) })}
                onClick={() => move(index, 1)}
              >
                ↓
              </button>
              <button type="button" ref={ref(code, 'remove')} aria-label={t('binder.remove', { country: name(code) })} onClick={() => remove(code)}>
                ✕
              </button>
            </li>
          ))}
        </ol>
      )}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
      <h2 id="binder-countries-heading">{t('binder.countries')}</h2>
      <ul aria-labelledby="binder-countries-heading">
        {available.map((country) => (
          <li key={country.code}>
            <span className="country-order__name">{country.name[language]}</span>
            <button type="button" ref={ref(country.code, 'add')} aria-label={t('binder.add', { country: country.name[language] })} onClick={() => add(country.code)}>
              +
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
