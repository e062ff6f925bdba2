import { useTranslation } from 'react-i18next';
import type { ListedSource } from '../../../app/shared/briefs/brief-source-list';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { DocumentSource, KnowledgeSource } from '../../../app/shared/records/source-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';

interface BriefInternalSourceProps {
  entry: ListedSource & { source: DocumentSource | KnowledgeSource };
  lang: Language;
}

/**
 * One numbered entry for a source that is not an article: an internal document (title, number, date
 * with its precision) or the officer's own knowledge, then the passages the brief rests on.
 */
export function BriefInternalSource({ entry: { number, source, passages }, lang }: BriefInternalSourceProps) {
  const { t } = useTranslation('briefs', { lng: lang });
  return (
    <li value={number}>
      {source.kind === 'document' ? (
        <>
          “{source.title}”{source.number && `, ${t('doc.documentNumber', { number: source.number })}`}
          {source.date && `, ${formatPartialDate(source.date, lang)}`}
        </>
      ) : (
        t('doc.officerKnowledge')
      )}
      {passages.map((passage) => (
        <span key={passage} className="brief__record-summary">
          “{passage}”
        </span>
      ))}
    </li>
  );
}
