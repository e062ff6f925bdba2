import { useTranslation } from 'react-i18next';
import type { DraftPath } from '../draft-path';
import type { RecordForm } from '../use-record-form';
import { ChoiceField } from './ChoiceField';
import { NumberField } from './NumberField';
import { TextField } from './TextField';

const QUALIFIERS = ['more-than', 'nearly', 'about', 'up-to'] as const;
const DEFAULT_CURRENCY = 'USD';

interface MoneyFieldProps {
  form: RecordForm;
  path: DraftPath;
  label: string;
  /** An optional amount is removed from the record when its value is emptied. */
  optional?: boolean;
}

/** An amount as the source states it: the value, its currency, and its qualifier ("hơn", "gần", "khoảng"). */
export function MoneyField({ form, path, label, optional = false }: MoneyFieldProps) {
  const { t } = useTranslation('records');
  const money = form.value(path) as Record<string, unknown> | undefined;
  const change = (field: string, value: unknown) => {
    const next: Record<string, unknown> = { currency: DEFAULT_CURRENCY, ...money, [field]: value };
    if (field === 'qualifier' && value === '') delete next.qualifier;
    form.set(path, optional && next.value === undefined ? undefined : next);
  };
  const shown: RecordForm = { ...form, value: (at) => (at.at(-1) === 'currency' && money?.currency === undefined ? DEFAULT_CURRENCY : form.value(at)) };
  return (
    <fieldset className="record-field record-field--group">
      <legend>{label}</legend>
      <ChoiceField
        form={form}
        path={[...path, 'qualifier']}
        label={t('form.money.qualifier')}
        choices={[{ value: '', label: t('form.money.exactly') }, ...QUALIFIERS.map((qualifier) => ({ value: qualifier, label: t(`form.money.qualifiers.${qualifier}`) }))]}
        onChoose={(qualifier) => change('qualifier', qualifier)}
      />
      <NumberField form={form} path={[...path, 'value']} label={t('form.money.value')} onNumber={(value) => change('value', value)} />
      <TextField form={{ ...shown, set: (_at, value) => change('currency', typeof value === 'string' ? value.toUpperCase() : value) }} path={[...path, 'currency']} label={t('form.money.currency')} />
    </fieldset>
  );
}
