import { useTranslation } from 'react-i18next';
import { BilingualField } from '../fields/BilingualField';
import { NumberField } from '../fields/NumberField';
import { RECORD, type KindFieldProps } from './kind-field-props';

/** A cooperation mechanism, and which of its sessions the record is. */
export function MechanismFields({ form }: KindFieldProps) {
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <BilingualField form={form} path={[...RECORD, 'mechanism']} label={tb('facts.mechanism')} />
      <NumberField form={form} path={[...RECORD, 'session']} label={tb('facts.session')} />
    </>
  );
}
