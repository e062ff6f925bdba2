import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { keyFigures } from '../../../app/shared/browse/key-figures';
import { formatDateSpan, formatMoney, formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { Country, RelationsRecord, Source } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { SourceRefs } from './SourceRefs';

interface BriefKeyFiguresProps {
  country: Country;
  records: readonly RelationsRecord[];
  lang: Language;
}

interface FigureRow {
  key: string;
  label: string;
  value: ReactNode;
  sources?: readonly Source[];
}

/** The staccato facts an officer needs first: relations, framework, trade, the latest high-level visit. */
export function BriefKeyFigures({ country, records, lang }: BriefKeyFiguresProps) {
  const { t } = useTranslation('briefs', { lng: lang });
  const { relations, framework, latestTrade, lastHighLevelVisit } = keyFigures(records);
  const rows: FigureRow[] = [];
  if (country.capital) rows.push({ key: 'capital', label: t('doc.capital'), value: country.capital[lang] });
  if (relations) rows.push({ key: 'relations', label: t('doc.relations'), value: formatPartialDate(relations.date, lang), sources: relations.sources });
  if (framework) {
    const value = t('doc.frameworkSince', { framework: framework.framework[lang], since: formatPartialDate(framework.date, lang) });
    rows.push({ key: 'framework', label: t('doc.framework'), value, sources: framework.sources });
  }
  if (latestTrade) {
    const value = t('doc.tradeFigure', { amount: formatMoney(latestTrade.amount, lang), year: latestTrade.year });
    rows.push({ key: 'trade', label: t('doc.latestTrade'), value, sources: latestTrade.sources });
  }
  if (lastHighLevelVisit) {
    const when = formatDateSpan(lastHighLevelVisit.date, lastHighLevelVisit.dateEnd, lang);
    rows.push({ key: 'visit', label: t('doc.latestVisit'), value: `${lastHighLevelVisit.title[lang]} (${when})`, sources: lastHighLevelVisit.sources });
  }
  return (
    <table className="brief__table brief__figures">
      <thead>
        <tr>
          <th scope="col">{t('doc.item')}</th>
          <th scope="col">{t('doc.details')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>
              {row.value} {row.sources && <SourceRefs sources={row.sources} />}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
