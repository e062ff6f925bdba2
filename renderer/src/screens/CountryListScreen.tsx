import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { api } from '../api';
import { CountryFlag } from '../components/CountryFlag';
import { PartnerList } from '../components/PartnerList';
import { RequestFailure } from '../components/RequestFailure';
import { SortableHeader } from '../components/SortableHeader';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import { filterCountries, nextSort, sortCountries, type CountrySort, type CountrySortKey } from './country-list-order';
import './CountryListScreen.css';
import { useCountries } from '../countries-request';

/** The start screen: the partner countries in the current language, sortable and filterable. */
export function CountryListScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const countries = useCountries();
  const [partners] = useRequest(() => api.listPartners({}), []);
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<CountrySort>({ key: 'name', direction: 'ascending' });

  const sortableHeader = (key: CountrySortKey, label: string) => (
    <SortableHeader
      label={label}
      direction={sort.key === key ? sort.direction : undefined}
      sortLabel={t('browse:list.sortBy', { column: label })}
      onSort={() => setSort(nextSort(sort, key))}
    />
  );

  if (countries.status === 'loading') return <p className="country-list">{t('loading')}</p>;
  if (countries.status === 'failed') return <div className="country-list"><RequestFailure error={countries.error} /></div>;
  const rows = sortCountries(filterCountries(countries.value, filter), sort, language);
  return (
    <section className="country-list" aria-labelledby="country-list-heading">
      <h1 id="country-list-heading">{t('countries.heading')}</h1>
      <div className="country-list__filter">
        <label htmlFor="country-filter">{t('browse:list.filter')}</label>
        <input id="country-filter" type="search" value={filter} onChange={(event) => setFilter(event.target.value)} />
        <span role="status">
          {rows.length === 0 ? t('browse:list.none', { filter }) : t('browse:list.shown', { count: countries.value.length, shown: rows.length })}
        </span>
      </div>
      <table>
        <caption className="visually-hidden">{t('countries.caption')}</caption>
        <thead>
          <tr>
            {sortableHeader('name', t('countries.name'))}
            <th scope="col">{t('browse:list.framework')}</th>
            {sortableHeader('records', t('countries.records'))}
            {sortableHeader('newest', t('countries.newest'))}
          </tr>
        </thead>
        <tbody>
          {rows.map(({ country, recordCount, newestDate, framework }) => (
            <tr key={country.code}>
              <th scope="row">
                <span className="country-list__name">
                  <CountryFlag code={country.code} />
                  <Link to={`/country/${country.code}`}>{country.name[language]}</Link>
                </span>
              </th>
              <td>
                {framework ? (
                  t('browse:list.frameworkSince', { framework: framework.name[language], since: formatPartialDate(framework.since, language) })
                ) : (
                  <span className="country-list__none">{t('browse:keyFigures.none')}</span>
                )}
              </td>
              <td className="country-list__number">{recordCount}</td>
              <td>{newestDate ? formatPartialDate(newestDate, language) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {partners.status === 'done' && <PartnerList partners={partners.value.filter((row) => row.recordCount === 0)} />}
      {partners.status === 'failed' && <RequestFailure error={partners.error} />}
    </section>
  );
}
