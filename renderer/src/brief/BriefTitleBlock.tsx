import type { BriefData } from '../../../app/shared/briefs/brief-data';
import { briefLanguages } from '../../../app/shared/briefs/brief-spec';
import { isStale, newestRecordDate } from '../../../app/shared/briefs/brief-freshness';
import { formatDateSpan, formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { useBriefText } from './use-brief-text';

/**
 * The head of a brief, or a binder's cover: title, occasion, (binder) trip dates and countries, the
 * date prepared and the date the data is current to, in each language of the brief, with a plain
 * warning when its newest record is more than six months older than the date prepared.
 */
export function BriefTitleBlock({ data, cover }: { data: BriefData; cover: boolean }) {
  const { spec } = data;
  const text = useBriefText(briefLanguages(spec.language));
  const country = data.countries[0]?.country;
  const [title, ...subtitles] = spec.title
    ? [spec.title]
    : text.each((t, lang) => (cover ? t('doc.binderTitle') : t('doc.title', { country: country?.name[lang] ?? '' })));
  const dates = spec.dates;
  const newest = newestRecordDate(data.countries.flatMap((entry) => entry.records));
  return (
    <header className={cover ? 'brief__cover' : 'brief__head'}>
      <h1>{title}</h1>
      {subtitles.map((subtitle) => (
        <p key={subtitle} className="brief__subtitle">
          {subtitle}
        </p>
      ))}
      {spec.occasion && <p className="brief__occasion">{spec.occasion}</p>}
      {cover && dates && <p>{text.joined((t, lang) => t('doc.tripDates', { dates: formatDateSpan(dates.start, dates.end, lang) }))}</p>}
      {cover && (
        <p>{text.joined((t, lang) => t('doc.countries', { countries: data.countries.map((c) => c.country.name[lang]).join(', ') }))}</p>
      )}
      <p className="brief__dates">
        {text.joined((t, lang) => t('doc.prepared', { date: formatPartialDate(spec.prepared, lang) }))}
        <br />
        {text.joined((t, lang) => t('doc.asOf', { date: formatPartialDate(data.asOf, lang) }))}
      </p>
      {isStale(newest, spec.prepared) && (
        <p className="brief__stale" role="note">
          {text.joined((t, lang) => (newest ? t('doc.staleWarning', { date: formatPartialDate(newest, lang) }) : t('doc.noDatedRecords')))}
        </p>
      )}
    </header>
  );
}
