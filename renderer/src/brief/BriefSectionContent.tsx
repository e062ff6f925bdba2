import { useTranslation } from 'react-i18next';
import type { BriefCountry } from '../../../app/shared/briefs/brief-data';
import type { SectionOutline } from '../../../app/shared/briefs/brief-outline';
import { tradeSeries } from '../../../app/shared/browse/trade-series';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefBasicFacts } from './BriefBasicFacts';
import { BriefDatedList } from './BriefDatedList';
import { BriefNotes } from './BriefNotes';
import { BriefTradeChart } from './BriefTradeChart';
import { BriefTradeTable } from './BriefTradeTable';
import { BriefUndatedList } from './BriefUndatedList';

interface BriefSectionContentProps {
  outline: SectionOutline;
  entry: BriefCountry;
  languages: readonly Language[];
}

/** What one section of a country prints, in every language of the brief; "no data recorded" when it has none. */
export function BriefSectionContent({ outline, entry, languages }: BriefSectionContentProps) {
  const { t } = useTranslation('briefs', { lng: languages[0] });
  const { section, dated, undated } = outline;
  const lead = languages[0] ?? 'vi';
  if (section === 'notes') return <BriefNotes notes={entry.notes} records={entry.records} lang={lead} />;
  if (section === 'talking-points') return <BriefNotes notes={entry.talkingPoints} records={entry.records} lang={lead} />;
  if (section === 'basic') return <BriefBasicFacts country={entry.country} records={[...dated, ...undated]} languages={languages} />;
  if (dated.length === 0 && undated.length === 0) return <p className="brief__nothing">{t('doc.noData')}</p>;
  if (section === 'economy') {
    const trade = dated.filter((record) => record.kind === 'trade');
    const series = tradeSeries(trade);
    return (
      <>
        {series && series.points.length > 1 && <BriefTradeChart series={series} lang={lead} />}
        <BriefTradeTable records={trade} languages={languages} />
        <BriefDatedList records={dated.filter((record) => record.kind !== 'trade')} languages={languages} />
        <BriefUndatedList records={undated} languages={languages} />
      </>
    );
  }
  return (
    <>
      <BriefDatedList records={dated} languages={languages} />
      <BriefUndatedList records={undated} languages={languages} />
    </>
  );
}
