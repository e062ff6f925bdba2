import { useTranslation } from 'react-i18next';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import type { DocumentSource, KnowledgeSource } from '../../../app/shared/records/source-schema';
import { useLanguage } from '../use-language';

/** A source that is not an article, in the source dialog: an internal document (title, number, date) or the officer's own knowledge. */
export function InternalSourceSection({ source, number }: { source: DocumentSource | KnowledgeSource; number: number }) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  return (
    <section className="source-dialog__source" aria-label={t('source.number', { number })}>
      <dl>
        <dt>{t('source.kind')}</dt>
        <dd>{t(`source.kinds.${source.kind}`)}</dd>
        {source.kind === 'document' && (
          <>
            <dt>{t('source.documentTitle')}</dt>
            <dd lang="vi">{source.title}</dd>
            {source.number && (
              <>
                <dt>{t('source.documentNumber')}</dt>
                <dd>{source.number}</dd>
              </>
            )}
            {source.date && (
              <>
                <dt>{t('source.date')}</dt>
                <dd>{formatPartialDate(source.date, language)}</dd>
              </>
            )}
          </>
        )}
        <dt>{t('source.confidence')}</dt>
        <dd>{t(`confidence.${source.confidence}`)}</dd>
      </dl>
      {source.passage && (
        <>
          <h3>{t(source.kind === 'knowledge' ? 'source.knowledgeText' : 'source.documentPassage')}</h3>
          <blockquote lang="vi">{source.passage}</blockquote>
        </>
      )}
    </section>
  );
}
