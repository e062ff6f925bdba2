import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatPartialDate } from '../../../app/core/format/format-partial-date';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import './CountryListScreen.css';

/** The start screen: the partner countries in the current language. */
export function CountryListScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const [countries] = useRequest(() => api.listCountries({}), []);

  return (
    <section className="country-list" aria-labelledby="country-list-heading">
      <h1 id="country-list-heading">{t('countries.heading')}</h1>
      {countries.status === 'loading' && <p>{t('loading')}</p>}
      {countries.status === 'failed' && <RequestFailure error={countries.error} />}
      {countries.status === 'done' && (
        <table>
          <caption className="visually-hidden">{t('countries.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('countries.name')}</th>
              <th scope="col">{t('countries.code')}</th>
              <th scope="col">{t('countries.records')}</th>
              <th scope="col">{t('countries.newest')}</th>
            </tr>
          </thead>
          <tbody>
            {countries.value.map(({ country, recordCount, newestDate }) => (
              <tr key={country.code}>
                <th scope="row">
                  <Link to={`/country/${country.code}`}>{country.name[language]}</Link>
                </th>
                <td>{country.code}</td>
                <td>{recordCount}</td>
                <td>{newestDate ? formatPartialDate(newestDate, language) : ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
