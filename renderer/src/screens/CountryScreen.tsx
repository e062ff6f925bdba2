import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { formatDateSpan } from '../../../app/core/format/format-partial-date';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import './CountryScreen.css';

/** One partner country and its records. */
export function CountryScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code = '' } = useParams();
  const [page] = useRequest(() => api.getCountry({ code }), [code]);

  if (page.status === 'loading') return <p className="country-page">{t('loading')}</p>;
  if (page.status === 'failed') return <div className="country-page"><RequestFailure error={page.error} /></div>;
  const { country, records } = page.value;
  return (
    <article className="country-page" aria-labelledby="country-heading">
      <h1 id="country-heading">{country.name[language]}</h1>
      <ol className="country-page__records" aria-label={t('country.records')}>
        {records.map((record) => (
          <li key={record.id}>
            <article aria-labelledby={`record-${record.id}`}>
              <p className="country-page__meta">
                {record.date ? formatDateSpan(record.date, record.dateEnd, language) : t('undated')} · {t(`kinds.${record.kind}`)}
              </p>
              <h2 id={`record-${record.id}`}>{record.title[language]}</h2>
              <p>{record.summary[language]}</p>
            </article>
          </li>
        ))}
      </ol>
    </article>
  );
}
