import { useTranslation } from 'react-i18next';
import type { Article, RelationsRecord } from '../../../app/shared/records/record-schema';
import { formatPartialDate } from '../../../app/shared/format/format-partial-date';
import { isArticleSource } from '../../../app/shared/records/source-kinds';
import { InternalSourceSection } from './InternalSourceSection';
import { useLanguage } from '../use-language';
import { ModalDialog } from './ModalDialog';
import './SourceDialog.css';

interface SourceDialogProps {
  record: RelationsRecord;
  articles: ReadonlyMap<string, Article>;
  onClose: () => void;
}

/**
 * A record's sources in a modal dialog: each article (publisher, title, date, author), the passage quoted
 * verbatim, any correction with its reason, and the confidence; an internal document or the officer's knowledge
 * as such. Escape closes it; focus goes back to
 * whatever opened it (both through ModalDialog).
 */
export function SourceDialog({ record, articles, onClose }: SourceDialogProps) {
  const { t } = useTranslation('browse');
  const language = useLanguage();
  return (
    <ModalDialog title={t('source.heading', { title: record.title[language] })} className="source-dialog" onClose={onClose}>
      {record.sources.map((source, index) => {
        if (!isArticleSource(source)) return <InternalSourceSection key={`${source.kind}-${index}`} source={source} number={index + 1} />;
        const article = articles.get(source.article);
        return (
          <section key={`${source.article}-${index}`} className="source-dialog__source" aria-label={t('source.number', { number: index + 1 })}>
            <dl>
              <dt>{t('source.publisher')}</dt>
              <dd>{article?.publisher ?? source.article}</dd>
              {article && (
                <>
                  <dt>{t('source.article')}</dt>
                  <dd lang="vi">{article.title}</dd>
                  {article.date && (
                    <>
                      <dt>{t('source.date')}</dt>
                      <dd>{formatPartialDate(article.date, language)}</dd>
                    </>
                  )}
                  {article.author && (
                    <>
                      <dt>{t('source.author')}</dt>
                      <dd>{article.author}</dd>
                    </>
                  )}
                  {article.url && (
                    <>
                      <dt>{t('source.url')}</dt>
                      <dd className="source-dialog__url">{article.url}</dd>
                    </>
                  )}
                </>
              )}
              <dt>{t('source.confidence')}</dt>
              <dd>{t(`confidence.${source.confidence}`)}</dd>
            </dl>
            <h3>{t('source.passage')}</h3>
            <blockquote lang="vi">{source.passage}</blockquote>
            {source.correction && (
              <div className="source-dialog__correction">
                <h3>{t('source.correction')}</h3>
                <p>{source.correction.text[language]}</p>
                <p>
                  <strong>{t('source.reason')}</strong> {source.correction.reason[language]}
                </p>
              </div>
            )}
            {source.inference && (
              <p>
                <strong>{t('source.inference')}</strong> {source.inference[language]}
              </p>
            )}
            {article?.quality && (
              <p className="source-dialog__quality">
                <strong>{t('source.quality')}</strong> {article.quality[language]}
              </p>
            )}
          </section>
        );
      })}
      <form method="dialog">
        <button type="submit" data-autofocus>
          {t('source.close')}
        </button>
      </form>
    </ModalDialog>
  );
}
