import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { partAnchor } from '../../../app/shared/briefs/brief-outline';
import { listSources } from '../../../app/shared/briefs/brief-source-list';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import { isArticleSource } from '../../../app/shared/records/source-kinds';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { BriefInternalSource } from './BriefInternalSource';
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
 * each cited article, and each internal document or the officer's knowledge the brief cites; then
 * what each provenance mark means.
 */
export function BriefSources({ articles, records, languages }: BriefSourcesProps) {
  const { sources: numbers } = useContext(BriefMarksContext);
  const text = useBriefText(languages);
  const lang = languages[0] ?? 'vi';
  const { t } = useTranslation('briefs', { lng: lang });
  const heading = text.joined((tl) => tl('doc.sourcesHeading'));
  const articleById = new Map(articles.map((article) => [article.id, article]));
  return (
    <section className="brief__sources" aria-label={heading}>
      <h2 id={partAnchor('sources')}>{heading}</h2>
      <ol>
        {listSources(records, numbers).map((entry) => {
          const { source, number } = entry;
          if (!isArticleSource(source)) return <BriefInternalSource key={number} entry={{ ...entry, source }} lang={lang} />;
          const article = articleById.get(source.article);
          return (
            article && (
              <li key={number} value={number}>
                {UNKNOWN_PUBLISHER.test(article.publisher) ? t('doc.unknownPublisher') : article.publisher}, “{article.displayTitle?.[lang] ?? article.title}”
                {article.displayTitle && ` ${t('doc.publishedAs', { title: article.title })}`}
                {article.date && `, ${formatPartialDate(article.date, lang)}`}
                {article.url && <span className="brief__url">. {article.url}</span>}
                {article.quality && <span className="brief__record-summary">{article.quality[lang]}</span>}
              </li>
            )
          );
        })}
      </ol>
      <BriefProvenanceNotes records={records} lang={lang} />
    </section>
  );
}
