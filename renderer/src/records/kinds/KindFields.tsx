import { useTranslation } from 'react-i18next';
import type { RecordKind } from '../../../../app/shared/records/record-schema';
import { BilingualField } from '../fields/BilingualField';
import { AgreementFields } from './AgreementFields';
import { InvestmentFields } from './InvestmentFields';
import { RECORD, type KindFieldProps } from './kind-field-props';
import { MechanismFields } from './MechanismFields';
import { MultilateralFields } from './MultilateralFields';
import { PeopleFields } from './PeopleFields';
import { TradeFields } from './TradeFields';
import { VisitFields } from './VisitFields';

/** The fields a record's kind adds to the ones every record has. */
export function KindFields({ form, kind }: KindFieldProps & { kind: RecordKind }) {
  const { t: tb } = useTranslation('browse');
  switch (kind) {
    case 'visit':
      return <VisitFields form={form} />;
    case 'trade':
      return <TradeFields form={form} />;
    case 'agreement':
      return <AgreementFields form={form} />;
    case 'mechanism':
      return <MechanismFields form={form} />;
    case 'investment':
      return <InvestmentFields form={form} />;
    case 'people':
      return <PeopleFields form={form} />;
    case 'multilateral':
      return <MultilateralFields form={form} />;
    case 'cooperation':
      return <BilingualField form={form} path={[...RECORD, 'area']} label={tb('facts.area')} />;
    case 'framework':
      return <BilingualField form={form} path={[...RECORD, 'framework']} label={tb('facts.framework')} />;
    case 'relations':
    case 'milestone':
      return null;
  }
}
