import partnerCountriesFile from '../../../resources/countries/partner-countries.json';
import { partnerCountriesFileSchema, type PartnerCountry } from '../../shared/countries/partner-country-schema';
import type { Country, CountryCode } from '../../shared/records/record-schema';

/** Every partner state, with the names the dataset gives where it has the country (those are reviewed with the records). */
export interface PartnerDirectory {
  list(): PartnerCountry[];
  find(code: CountryCode): PartnerCountry | undefined;
}

let bundled: PartnerCountry[] | undefined;

/** The partner list built into the app (resources/countries/partner-countries.json), checked against its schema once. */
export function bundledPartnerCountries(): PartnerCountry[] {
  bundled ??= partnerCountriesFileSchema.parse(partnerCountriesFile).countries;
  return bundled;
}

function withDatasetNames(partner: PartnerCountry, country: Country | undefined): PartnerCountry {
  if (!country) return partner;
  const { vi, en } = country.name;
  return {
    ...partner,
    name: { vi, en },
    ...(country.officialName ? { officialName: { vi: country.officialName.vi, en: country.officialName.en } } : {}),
    ...(country.capital ? { capital: { vi: country.capital.vi, en: country.capital.en } } : {}),
  };
}

export function createPartnerDirectory(partners: readonly PartnerCountry[], datasetCountries: readonly Country[]): PartnerDirectory {
  const fromDataset = new Map(datasetCountries.map((country) => [country.code, country]));
  const merged = partners.map((partner) => withDatasetNames(partner, fromDataset.get(partner.code)));
  const byCode = new Map(merged.map((partner) => [partner.code, partner]));
  return {
    list: () => [...merged],
    find: (code) => byCode.get(code),
  };
}
