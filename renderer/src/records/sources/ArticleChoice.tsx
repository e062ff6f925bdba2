import { useTranslation } from 'react-i18next';
import type { DraftPath } from '../draft-path';
import { ChoiceField } from '../fields/ChoiceField';
import { DateField } from '../fields/DateField';
import { TextField } from '../fields/TextField';
import type { RecordForm } from '../use-record-form';
import { newArticleId } from './new-article-id';

const NEW_ARTICLE = 'new-article';

/** Which article a source cites: one the desk holds, or a new one (publisher, title, date, address) saved with the record. */
export function ArticleChoice({ form, path }: { form: RecordForm; path: DraftPath }) {
  const { t } = useTranslation('records');
  const articlePath = [...path, 'article'];
  const cited = typeof form.value(articlePath) === 'string' ? String(form.value(articlePath)) : '';
  const draftIndex = form.draft.articles.findIndex((article) => article.id === cited);

  const choose = (id: string) => {
    if (id !== NEW_ARTICLE) return form.set(articlePath, id);
    const article = { id: newArticleId(), publisher: '', title: '' };
    form.set(['articles'], [...form.draft.articles, article]);
    form.set(articlePath, article.id);
  };
  const choices = [
    ...(cited === '' ? [{ value: '', label: t('form.source.chooseArticle') }] : []),
    { value: draftIndex >= 0 ? cited : NEW_ARTICLE, label: t('form.source.newArticle') },
    ...form.knownArticles.map((article) => ({ value: article.id, label: `${article.publisher} — ${article.title}` })),
  ];
  return (
    <>
      <ChoiceField
        form={form}
        path={articlePath}
        label={t('form.source.article')}
        onChoose={choose}
        choices={choices}
      />
      {draftIndex >= 0 && (
        <fieldset className="record-field record-field--group">
          <legend>{t('form.source.newArticle')}</legend>
          <TextField form={form} path={['articles', draftIndex, 'publisher']} label={t('form.source.publisher')} />
          <TextField form={form} path={['articles', draftIndex, 'title']} label={t('form.source.articleTitle')} lang="vi" />
          <DateField form={form} path={['articles', draftIndex, 'date']} label={t('form.source.articleDate')} />
          <TextField form={form} path={['articles', draftIndex, 'url']} label={t('form.source.url')} optional />
        </fieldset>
      )}
    </>
  );
}
