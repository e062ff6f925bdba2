import { useTranslation } from 'react-i18next';
import type { BriefData } from '../../../app/shared/briefs/brief-data';
import { isStale, newestRecordDate } from '../../../app/shared/briefs/brief-freshness';
import { briefDataGaps } from '../../../app/shared/briefs/brief-outline';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { useLanguage } from '../use-language';

/**
 * Before printing: the date the data is current to, a plain warning when the newest record is more
 * than six months older than the date prepared, and what each country has no data for, so the
 * officer can fill it in first.
 */
export function BriefDataCheck({ data }: { data: BriefData }) {
  const { t } = useTranslation('briefs');
  const language = useLanguage();
  const newest = newestRecordDate(data.countries.flatMap((entry) => entry.records));
  const gaps = data.countries
    .map((entry) => ({ entry, gaps: briefDataGaps(entry.records) }))
    .filter(({ gaps }) => gaps.length > 0);
  return (
    <section className="brief-data-check" aria-label={t('check.label')}>
      <p>{t('check.asOf', { date: formatPartialDate(data.asOf, language), newest: newest ? formatPartialDate(newest, language) : '—' })}</p>
      {isStale(newest, data.spec.prepared) && <p className="brief-data-check__warning">{t('check.stale')}</p>}
      {gaps.length > 0 && (
        <>
          <p>{t('check.gaps')}</p>
          <ul>
            {gaps.map(({ entry, gaps }) => (
              <li key={entry.country.code}>
                {entry.country.name[language]}: {gaps.map((gap) => (gap === 'trade-figures' ? t('check.noTradeFigures') : t(`sections.${gap}`))).join(', ')}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
