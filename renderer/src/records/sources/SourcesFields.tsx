import { useTranslation } from 'react-i18next';
import { FieldProblemText } from '../fields/FieldProblemText';
import { emptySource } from '../new-record-draft';
import type { RecordForm } from '../use-record-form';
import { SourceFields } from './SourceFields';

const PATH = ['record', 'sources'] as const;

/** A record's sources: at least one, each on its own, added and removed by the officer. */
export function SourcesFields({ form }: { form: RecordForm }) {
  const { t } = useTranslation('records');
  const sources = (form.value(PATH) as unknown[] | undefined) ?? [];
  return (
    <fieldset className="record-form__sources">
      <legend>{t('form.source.heading')}</legend>
      {sources.map((_, index) => (
        <section key={index} className="record-form__item" aria-label={t('form.source.number', { number: index + 1 })}>
          <SourceFields form={form} path={[...PATH, index]} number={index + 1} />
          <button type="button" onClick={() => form.set(PATH, sources.filter((__, at) => at !== index))}>
            {t('form.source.remove', { number: index + 1 })}
          </button>
        </section>
      ))}
      <FieldProblemText fieldId={PATH.join('.')} problem={form.problem(PATH)} />
      <button type="button" onClick={() => form.set(PATH, [...sources, emptySource()])}>
        {t('form.source.add')}
      </button>
    </fieldset>
  );
}
