import { useTranslation } from 'react-i18next';
import { recordKinds, recordStatusSchema, type RecordKind } from '../../../app/shared/records/record-schema';
import { BilingualField } from './fields/BilingualField';
import { ChoiceField } from './fields/ChoiceField';
import { DateField } from './fields/DateField';
import { KindFields } from './kinds/KindFields';
import { withKind } from './new-record-draft';
import { SourcesFields } from './sources/SourcesFields';
import type { RecordForm } from './use-record-form';

const DATED_KINDS: ReadonlySet<RecordKind> = new Set(['relations', 'framework', 'visit']);

/** Every field of a record: its kind (while it is new), dates, status, title and summary, its kind's fields, its sources. */
export function RecordFormFields({ form, kindChoosable }: { form: RecordForm; kindChoosable: boolean }) {
  const { t } = useTranslation('records');
  const { t: ta } = useTranslation();
  const kind = form.value(['record', 'kind']) as RecordKind;
  return (
    <>
      {kindChoosable && (
        <ChoiceField
          form={form}
          path={['record', 'kind']}
          label={t('form.kind')}
          choices={recordKinds.map((value) => ({ value, label: ta(`kinds.${value}`) }))}
          onChoose={(next) => form.set(['record'], withKind(form.draft.record, next as RecordKind, new Date().getFullYear()))}
        />
      )}
      <div className="record-form__row">
        <DateField form={form} path={['record', 'date']} label={t('form.date')} required={DATED_KINDS.has(kind)} />
        <DateField form={form} path={['record', 'dateEnd']} label={t('form.dateEnd')} />
        <ChoiceField
          form={{ ...form, value: (path) => form.value(path) ?? 'held' }}
          path={['record', 'status']}
          label={t('form.status')}
          choices={recordStatusSchema.options.map((value) => ({ value, label: t(`recordStatus.${value}`) }))}
        />
      </div>
      <BilingualField form={form} path={['record', 'title']} label={t('form.title')} />
      <BilingualField form={form} path={['record', 'summary']} label={t('form.summary')} multiline />
      <KindFields form={form} kind={kind} />
      <SourcesFields form={form} />
    </>
  );
}
