import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { partAnchor } from '../../../app/shared/briefs/brief-outline';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefMarksContext } from './brief-marks-context';
import { BriefProvenanceNotes } from './BriefProvenanceNotes';
import { useBriefText } from './use-brief-text';

interface BriefSourcesProps {
  articles: readonly Article[];
  /** The records the brief prints, for the notes on their provenance. */
  records: readonly RelationsRecord[];
  languages: readonly Language[];
}

/** A publisher the dataset does not know is written so ('Không rõ …'); the brief says so in its own language. */
const UNKNOWN_PUBLISHER = /^Không rõ/;

/**
 * The numbered sources at the end, in the brief's language: publisher, title (the corrected title
 * where the published one is garbled, with a word on the article's quality), date and address of
 * each cited article; then what each provenance mark means.
 */
export function BriefSources({ articles, records, languages }: BriefSourcesProps) {
  const { sources: numbers } = useContext(BriefMarksContext);
  const text = useBriefText(languages);
  const lang = languages[0] ?? 'vi';
  const { t } = useTranslation('briefs', { lng: lang });
  const heading = text.joined((tl) => tl('doc.sourcesHeading'));
  const numbered = articles
    .filter((article) => numbers.has(article.id))
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <section className="brief__sources" aria-label={heading}>
      <h2 id={partAnchor('sources')}>{heading}</h2>
      <ol>
        {numbered.map((article) => (
          <li key={article.id} value={numbers.get(article.id)}>
            {UNKNOWN_PUBLISHER.test(article.publisher) ? t('doc.unknownPublisher') : article.publisher}, “{article.displayTitle?.[lang] ?? article.title}”
            {article.displayTitle && ` ${t('doc.publishedAs', { title: article.title })}`}
            {article.date && `, ${formatPartialDate(article.date, lang)}`}
            {article.url && <span className="brief__url">. {article.url}</span>}
            {article.quality && <span className="brief__record-summary">{article.quality[lang]}</span>}
          </li>
        ))}
      </ol>
      <BriefProvenanceNotes records={records} lang={lang} />
    </section>
  );
}
