import { useTranslation } from 'react-i18next';
import type { Article } from '../../../app/shared/records/record-schema';
import type { Source } from '../../../app/shared/records/source-schema';

/** One source in a line: what it is (an article, a document, the officer's knowledge), its passage, its confidence. */
export function RecordSourceLine({ source, articles }: { source: Source; articles: ReadonlyMap<string, Article> }) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  const what =
    source.kind === 'document'
      ? [source.title, source.number].filter(Boolean).join(', ')
      : source.kind === 'knowledge'
        ? t('form.source.kinds.knowledge')
        : (articles.get(source.article)?.publisher ?? source.article);
  return (
    <>
      {what}
      {source.passage && (
        <>
          {': '}
          <q lang="vi">{source.passage}</q>
        </>
      )}{' '}
      ({tb('source.confidence')}: {tb(`confidence.${source.confidence}`)})
    </>
  );
}
