import type { PartnerCountry } from '../../shared/countries/partner-country-schema';
import type { Country } from '../../shared/records/record-schema';

/** A partner the dataset does not know yet, as a country of the records' shape. */
export function partnerAsCountry(partner: PartnerCountry): Country {
  return { code: partner.code, name: { ...partner.name, translation: 'reviewed' } };
}
