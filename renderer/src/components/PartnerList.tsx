import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PartnerSummary } from '../../../app/contract';
import { regionKeys, type Region } from '../../../app/shared/countries/region-keys';
import { filterPartners } from '../screens/partner-list-filter';
import { useLanguage } from '../use-language';
import './PartnerList.css';

/** The partner states the table above does not list (no records yet), by region and name, so any file can be opened. */
export function PartnerList({ partners }: { partners: readonly PartnerSummary[] }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  const [query, setQuery] = useState('');
  const [region, setRegion] = useState<Region | 'all'>('all');
  const filterId = useId();
  const regionId = useId();
  const rows = filterPartners(partners, query, region, language);
  return (
    <section className="partner-list" aria-labelledby="partner-list-heading">
      <h2 id="partner-list-heading">{t('partners.heading', { count: partners.length })}</h2>
      <div className="partner-list__filters">
        <label htmlFor={filterId}>{t('partners.filter')}</label>
        <input id={filterId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        <label htmlFor={regionId}>{t('partners.region')}</label>
        <select id={regionId} value={region} onChange={(event) => setRegion(event.target.value as Region | 'all')}>
          <option value="all">{t('partners.allRegions')}</option>
          {regionKeys.map((key) => (
            <option key={key} value={key}>
              {t(`regions.${key}`)}
            </option>
          ))}
        </select>
        <span role="status">{rows.length === 0 ? t('partners.none') : t('partners.shown', { count: partners.length, shown: rows.length })}</span>
      </div>
      <ul className="partner-list__items">
        {rows.map(({ partner }) => (
          <li key={partner.code}>
            <Link to={`/country/${partner.code}`}>{partner.name[language]}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
