import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../fields/ChoiceField';
import { NumberField } from '../fields/NumberField';
import { RECORD, type KindFieldProps } from './kind-field-props';

const TOPICS = ['community', 'visa', 'education', 'culture', 'tourism', 'friendship', 'other'] as const;

/** People-to-people ties: the topic, and a number where the source gives one (students, visitors…). */
export function PeopleFields({ form }: KindFieldProps) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <ChoiceField form={form} path={[...RECORD, 'topic']} label={t('form.people.topic')} choices={TOPICS.map((value) => ({ value, label: t(`form.people.topics.${value}`) }))} />
      <NumberField form={form} path={[...RECORD, 'count']} label={tb('facts.count')} />
    </>
  );
}
