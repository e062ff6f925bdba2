import { useTranslation } from 'react-i18next';
import { BilingualField } from '../fields/BilingualField';
import { ChoiceField } from '../fields/ChoiceField';
import { MoneyField } from '../fields/MoneyField';
import { NumberField } from '../fields/NumberField';
import { RECORD, type KindFieldProps } from './kind-field-props';

const FLOWS = ['turnover', 'vn-exports', 'vn-imports'] as const;

/** A trade figure: the year, whose flow, the amount with its qualifier, and the part of the year it covers. */
export function TradeFields({ form }: KindFieldProps) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <NumberField form={form} path={[...RECORD, 'year']} label={tb('facts.year')} />
      <ChoiceField form={form} path={[...RECORD, 'flow']} label={tb('facts.flow')} choices={FLOWS.map((value) => ({ value, label: tb(`flows.${value}`) }))} />
      <MoneyField form={form} path={[...RECORD, 'amount']} label={tb('facts.amount')} />
      <BilingualField form={form} path={[...RECORD, 'period']} label={t('form.trade.period')} optional />
    </>
  );
}
