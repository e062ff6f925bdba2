import { useTranslation } from 'react-i18next';
import { ChoiceField } from '../fields/ChoiceField';
import { MoneyField } from '../fields/MoneyField';
import { NumberField } from '../fields/NumberField';
import { RECORD, type KindFieldProps } from './kind-field-props';

const DIRECTIONS = ['into-vietnam', 'from-vietnam'] as const;

/** Investment: its direction, the number of projects, the capital, and the partner's rank among investors. */
export function InvestmentFields({ form }: KindFieldProps) {
  const { t } = useTranslation('records');
  const { t: tb } = useTranslation('browse');
  return (
    <>
      <ChoiceField
        form={form}
        path={[...RECORD, 'direction']}
        label={tb('facts.direction')}
        choices={DIRECTIONS.map((value) => ({ value, label: tb(`investmentDirections.${value}`) }))}
      />
      <NumberField form={form} path={[...RECORD, 'projects']} label={tb('facts.projects')} />
      <MoneyField form={form} path={[...RECORD, 'capital']} label={tb('facts.capital')} optional />
      <NumberField form={form} path={[...RECORD, 'rank']} label={tb('facts.rank')} />
      <NumberField form={form} path={[...RECORD, 'rankOutOf']} label={t('form.investment.rankOutOf')} />
    </>
  );
}
