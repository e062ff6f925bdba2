import { useTranslation } from 'react-i18next';
import { visitDirectionSchema, visitLevelSchema } from '../../../../app/shared/records/record-schema';
import { ChoiceField } from '../fields/ChoiceField';
import { PersonFields } from '../fields/PersonFields';
import { emptyText } from '../new-record-draft';
import { RECORD, type KindFieldProps } from './kind-field-props';

/** A visit: its direction and level, who led it, and whom they met (each with their title). */
export function VisitFields({ form }: KindFieldProps) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  const counterparts = (form.value([...RECORD, 'counterparts']) as unknown[] | undefined) ?? [];
  const setCounterparts = (next: unknown[]) => form.set([...RECORD, 'counterparts'], next);
  return (
    <>
      <ChoiceField
        form={form}
        path={[...RECORD, 'direction']}
        label={tb('facts.direction')}
        choices={visitDirectionSchema.options.map((value) => ({ value, label: tb(`visitDirections.${value}`) }))}
      />
      <ChoiceField
        form={form}
        path={[...RECORD, 'level']}
        label={tb('facts.level')}
        choices={visitLevelSchema.options.map((value) => ({ value, label: tb(`visitLevels.${value}`) }))}
      />
      <PersonFields form={form} path={[...RECORD, 'principal']} legend={t('form.visit.principal')} />
      {counterparts.map((_, index) => (
        <div key={index} className="record-form__item">
          <PersonFields form={form} path={[...RECORD, 'counterparts', index]} legend={t('form.visit.counterpart', { number: index + 1 })} />
          <button type="button" onClick={() => setCounterparts(counterparts.filter((__, at) => at !== index))}>
            {t('form.visit.removeCounterpart', { number: index + 1 })}
          </button>
        </div>
      ))}
      <button
        type="button"
        onClick={() => setCounterparts([...counterparts, { name: emptyText(), title: emptyText(), country: 'VN' }])}
      >
        {t('form.visit.addCounterpart')}
      </button>
    </>
  );
}
