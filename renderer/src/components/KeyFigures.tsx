import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { KeyFigures as Figures } from '../../../app/shared/browse/key-figures';
import { formatDateSpan, formatMoney, formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { useLanguage } from '../use-language';
import './KeyFigures.css';

/** The facts asked for first: relations since, framework, last high-level visit, newest trade figure. */
export function KeyFigures({ figures }: { figures: Figures }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  const { relations, framework, lastHighLevelVisit: visit, latestTrade: trade } = figures;
  const none = t('keyFigures.none');
  return (
    <section className="key-figures" aria-labelledby="key-figures-heading">
      <h2 id="key-figures-heading">{t('keyFigures.heading')}</h2>
      <dl>
        <dt>{t('keyFigures.relationsSince')}</dt>
        <dd>{relations ? formatPartialDate(relations.date, language) : none}</dd>
        <dt>{t('keyFigures.framework')}</dt>
        <dd>
          {framework
            ? t('keyFigures.frameworkSince', { framework: framework.framework[language], since: formatPartialDate(framework.date, language) })
            : none}
        </dd>
        <dt>{t('keyFigures.lastVisit')}</dt>
        <dd>
          {visit ? (
            <>
              {formatDateSpan(visit.date, visit.dateEnd, language)}: <Link to={`?record=${visit.id}`}>{visit.title[language]}</Link>
            </>
          ) : (
            none
          )}
        </dd>
        <dt>{t('keyFigures.latestTrade')}</dt>
        <dd>
          {trade
            ? t('keyFigures.tradeValue', {
                flow: t(`flows.${trade.flow}`),
                amount: formatMoney(trade.amount, language, t),
                year: trade.period ? `${trade.year} (${trade.period[language]})` : trade.year,
              })
            : none}
        </dd>
      </dl>
    </section>
  );
}
