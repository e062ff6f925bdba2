import { useTranslation } from 'react-i18next';
import type { DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { BilingualField } from './BilingualField';
import { ChoiceField } from './ChoiceField';

/** A person of a visit: name and title in both languages, and the country they represent (Vietnam or the partner). */
export function PersonFields({ form, path, legend }: { form: RecordForm; path: DraftPath; legend: string }) {
  const { t } = useTranslation('records');
  return (
    <fieldset className="record-field record-field--group">
      <legend>{legend}</legend>
      <BilingualField form={form} path={[...path, 'name']} label={t('form.person.name', { person: legend })} />
      <BilingualField form={form} path={[...path, 'title']} label={t('form.person.title', { person: legend })} />
      <ChoiceField
        form={form}
        path={[...path, 'country']}
        label={t('form.person.country', { person: legend })}
        choices={[
          { value: 'VN', label: t('form.person.vietnam') },
          { value: form.country, label: t('form.person.partner') },
        ]}
      />
    </fieldset>
  );
}
