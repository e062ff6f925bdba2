import { useContext } from 'react';
import { partAnchor } from '../../../app/shared/briefs/brief-parts';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { Article } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { SourceNumbersContext } from './source-numbers-context';
import { useBriefText } from './use-brief-text';

interface BriefSourcesProps {
  articles: readonly Article[];
  languages: readonly Language[];
}

/** The numbered sources at the end: publisher, title, date and address of each cited article. */
export function BriefSources({ articles, languages }: BriefSourcesProps) {
  const numbers = useContext(SourceNumbersContext);
  const text = useBriefText(languages);
  const heading = text.joined((t) => t('doc.sourcesHeading'));
  const dateLanguage = languages[0] ?? 'vi';
  const numbered = articles
    .filter((article) => numbers.has(article.id))
    .sort((a, b) => (numbers.get(a.id) ?? 0) - (numbers.get(b.id) ?? 0));
  return (
    <section className="brief__sources" aria-label={heading}>
      <h2 id={partAnchor('sources')}>{heading}</h2>
      <ol>
        {numbered.map((article) => (
          <li key={article.id} value={numbers.get(article.id)}>
            {article.publisher}, “{article.title}”{article.date && `, ${formatPartialDate(article.date, dateLanguage)}`}
            {article.url && <span className="brief__url">. {article.url}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
