import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { keyFigures } from '../../../app/shared/browse/key-figures';
import { tradeSeries } from '../../../app/shared/browse/trade-series';
import { recordKinds } from '../../../app/shared/records/record-schema';
import { api } from '../api';
import { CountryFlag } from '../components/CountryFlag';
import { KeyFigures } from '../components/KeyFigures';
import { NotesPanel } from '../components/NotesPanel';
import { PartnerBasics } from '../components/PartnerBasics';
import { RecordSections } from '../components/RecordSections';
import { RecordTimeline } from '../components/RecordTimeline';
import { RequestFailure } from '../components/RequestFailure';
import { TradeChart } from '../components/TradeChart';
import { UndoStatus } from '../components/UndoStatus';
import { RecordActions } from '../records/RecordActions';
import { RecordDialogs } from '../records/RecordDialogs';
import { RetiredRecords } from '../records/RetiredRecords';
import { useRecordChanges } from '../records/use-record-changes';
import { useFocusRecord } from '../use-focus-record';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import './CountryScreen.css';

/** One partner country: key figures, trade chart, timeline, then its records by kind, each with its sources. */
export function CountryScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { code = '' } = useParams();
  const [page, { reload }] = useRequest(() => api.getCountry({ code }), [code]);
  const changes = useRecordChanges(reload);
  // While the page reloads after a change of the officer's, the page before it stays in view (and in place).
  const shown = page.status === 'done' ? page.value : page.status === 'loading' && page.previous?.country.code === code ? page.previous : undefined;
  useFocusRecord(shown !== undefined);

  if (page.status === 'failed') return <div className="country-page"><RequestFailure error={page.error} /></div>;
  if (!shown) return <p className="country-page">{t('loading')}</p>;
  const { country, partner, records, articles, marks, retired } = shown;
  const kinds = recordKinds.filter((kind) => records.some((record) => record.kind === kind));
  const articlesById = new Map(articles.map((article) => [article.id, article]));
  const trade = tradeSeries(records);
  return (
    <article className="country-page" aria-labelledby="country-heading">
      <header className="country-page__header">
        <CountryFlag code={country.code} size="large" />
        <h1 id="country-heading">{country.name[language]}</h1>
        <Link to={`/country/${country.code}/brief`}>{t('briefs:prepare')}</Link>
        <button type="button" aria-haspopup="dialog" onClick={changes.openAdd}>
          {t('records:actions.add')}
        </button>
      </header>
      <UndoStatus message={changes.status.message} onDismiss={changes.status.dismiss} />
      {changes.failure !== undefined && <RequestFailure error={changes.failure} />}
      {partner && <PartnerBasics partner={partner} />}
      <NotesPanel country={country.code} />
      {records.length === 0 ? (
        <div className="country-page__empty">
          <p>{t('browse:basics.noRecords', { country: country.name[language] })}</p>
          <button type="button" aria-haspopup="dialog" onClick={changes.openAdd}>
            {t('records:actions.addFirst')}
          </button>
        </div>
      ) : (
        <>
          <div className="country-page__overview">
            <KeyFigures figures={keyFigures(records)} />
            {trade && <TradeChart series={trade} />}
          </div>
          <RecordTimeline records={records} kinds={kinds} />
          <RecordSections
            records={records}
            kinds={kinds}
            articles={articlesById}
            marks={marks}
            actions={(record) => <RecordActions record={record} changes={changes} />}
          />
        </>
      )}
      <RetiredRecords retired={retired} changes={changes} />
      <RecordDialogs changes={changes} country={country.code} articles={articles} />
    </article>
  );
}
