import { useTranslation } from 'react-i18next';
import { BilingualField } from '../fields/BilingualField';
import { ChoiceField } from '../fields/ChoiceField';
import { RECORD, type KindFieldProps } from './kind-field-props';

const LEVELS = ['state', 'government', 'ministry', 'agency', 'enterprise', 'other'] as const;

/** An agreement: the parties as the source names them, and the level it was signed at. */
export function AgreementFields({ form }: KindFieldProps) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <BilingualField form={form} path={[...RECORD, 'parties']} label={tb('facts.parties')} />
      <ChoiceField form={form} path={[...RECORD, 'level']} label={tb('facts.level')} choices={LEVELS.map((value) => ({ value, label: t(`form.agreementLevels.${value}`) }))} />
    </>
  );
}
