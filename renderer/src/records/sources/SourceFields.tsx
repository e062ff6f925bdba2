import { useTranslation } from 'react-i18next';
import { confidenceSchema } from '../../../../app/shared/records/source-schema';
import type { DraftPath } from '../draft-path';
import { ChoiceField } from '../fields/ChoiceField';
import { DateField } from '../fields/DateField';
import { TextField } from '../fields/TextField';
import type { RecordForm } from '../use-record-form';
import { ArticleChoice } from './ArticleChoice';
import { sourceKindOf, sourceKinds, sourceOfKind, type SourceKind } from './source-kinds';

/**
 * One source of a record: an article (which one, or a new one), an internal document (title, number, date) or the
 * officer's own knowledge; each with the passage it rests on and a confidence.
 */
export function SourceFields({ form, path, number }: { form: RecordForm; path: DraftPath; number: number }) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  const source = form.value(path) as Record<string, unknown>;
  const kind = sourceKindOf(source);
  return (
    <>
      <ChoiceField
        form={{ ...form, value: () => kind }}
        path={[...path, 'kind']}
        label={t('form.source.kind', { number })}
        choices={sourceKinds.map((value) => ({ value, label: t(`form.source.kinds.${value}`) }))}
        onChoose={(next) => form.set(path, sourceOfKind(source, next as SourceKind))}
      />
      {kind === 'article' && <ArticleChoice form={form} path={path} />}
      {kind === 'document' && (
        <>
          <TextField form={form} path={[...path, 'title']} label={t('form.source.documentTitle')} />
          <TextField form={form} path={[...path, 'number']} label={t('form.source.documentNumber')} optional />
          <DateField form={form} path={[...path, 'date']} label={t('form.source.documentDate')} />
        </>
      )}
      <TextField
        form={form}
        path={[...path, 'passage']}
        label={t(kind === 'knowledge' ? 'form.source.knowledge' : 'form.source.passage')}
        multiline
        optional={kind === 'document'}
      />
      <ChoiceField
        form={form}
        path={[...path, 'confidence']}
        label={tb('source.confidence')}
        choices={confidenceSchema.options.map((value) => ({ value, label: tb(`confidence.${value}`) }))}
      />
    </>
  );
}
