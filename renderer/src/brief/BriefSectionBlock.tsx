import { useTranslation } from 'react-i18next';
import type { BriefCountry } from '../../../app/shared/briefs/brief-data';
import { recordsForSection } from '../../../app/shared/briefs/brief-section-records';
import type { BriefSection, BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { tradeByYear } from '../../../app/shared/browse/trade-by-year';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefKeyFigures } from './BriefKeyFigures';
import { BriefRecordsTable } from './BriefRecordsTable';
import { BriefTradeChart } from './BriefTradeChart';

interface BriefSectionBlockProps {
  section: Exclude<BriefSection, 'notes' | 'sources'>;
  number: number;
  entry: BriefCountry;
  spec: BriefSpec;
  lang: Language;
  /** h3 under a binder's country heading, h2 in a brief. */
  headingLevel: 'h2' | 'h3';
}

/** One numbered section of a country, in one language. */
export function BriefSectionBlock({ section, number, entry, spec, lang, headingLevel: Heading }: BriefSectionBlockProps) {
  const { t } = useTranslation('briefs', { lng: lang });
  const records = recordsForSection(section, entry.records, spec);
  const trade = section === 'economy' ? tradeByYear(records) : undefined;
  return (
    <section className="brief__section" lang={lang}>
      <Heading className="brief__section-heading">
        {number}. {t(`sections.${section}`)}
      </Heading>
      {section === 'key-figures' ? (
        <BriefKeyFigures country={entry.country} records={entry.records} lang={lang} />
      ) : (
        <>
          {trade && trade.years.length > 1 && <BriefTradeChart series={trade} lang={lang} />}
          <BriefRecordsTable records={records} lang={lang} staccato={section === 'timeline'} />
        </>
      )}
    </section>
  );
}
