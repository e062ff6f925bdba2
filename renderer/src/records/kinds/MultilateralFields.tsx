import { useTranslation } from 'react-i18next';
import { BilingualField } from '../fields/BilingualField';
import { ChoiceField } from '../fields/ChoiceField';
import { TextField } from '../fields/TextField';
import { RECORD, type KindFieldProps } from './kind-field-props';

const SUPPORT = ['vietnam-supports-partner', 'partner-supports-vietnam', 'mutual'] as const;

/** Support in a multilateral forum: the forum, who supported whom, and the term (e.g. 2026–2028). */
export function MultilateralFields({ form }: KindFieldProps) {
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <BilingualField form={form} path={[...RECORD, 'forum']} label={tb('facts.forum')} />
      <ChoiceField form={form} path={[...RECORD, 'support']} label={tb('facts.support')} choices={SUPPORT.map((value) => ({ value, label: tb(`support.${value}`) }))} />
      <TextField form={form} path={[...RECORD, 'term']} label={tb('facts.term')} optional />
    </>
  );
}
