import { useTranslation } from 'react-i18next';
import { headlineTrade } from '../../../app/shared/briefs/brief-headline-trade';
import { tradeSpanLabel, type TradeRecord } from '../../../app/shared/browse/trade-series';
import { formatMoney } from '../../../app/shared/format/format-partial-date';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefRecordCells } from './BriefRecordCells';

/**
 * Trade by year with its flows: the years (or the span of a period's yearly level), the flow, the
 * amount and the figure as the source states it (qualifiers, partial periods); the headline figure
 * (the newest resting on a sure source) is marked.
 */
export function BriefTradeTable({ records, languages }: { records: readonly RelationsRecord[]; languages: readonly Language[] }) {
  const lead = languages[0] ?? 'vi';
  const { t } = useTranslation('briefs', { lng: lead });
  const trade = records.filter((r): r is TradeRecord => r.kind === 'trade');
  if (trade.length === 0) return <p className="brief__nothing">{t('doc.noTradeFigures')}</p>;
  const headline = headlineTrade(trade);
  return (
    <table className={`brief__table${languages.length > 1 ? ' brief__table--bilingual' : ''}`}>
      <thead>
        <tr>
          <th scope="col" className="brief__date-column">{t('doc.year')}</th>
          <th scope="col">{t('doc.amount')}</th>
          {languages.map((lang) => (
            <th key={lang} scope="col" lang={lang}>{languages.length > 1 ? t(`doc.languageColumn.${lang}`) : t('doc.details')}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {trade.map((record) => (
          <tr key={record.id}>
            <td>{tradeSpanLabel(record)}</td>
            <td>
              {formatMoney(record.amount, lead, t)}
              <span className="brief__record-summary">{t(`doc.flows.${record.flow}`)}</span>
              {record.period && <span className="brief__record-summary">{record.period[lead]}</span>}
              {record === headline && <span className="brief__record-summary">{t('doc.headlineTrade')}</span>}
            </td>
            <BriefRecordCells record={record} languages={languages} />
          </tr>
        ))}
      </tbody>
    </table>
  );
}
