import { readFileSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { partnerCountriesFileSchema, type PartnerCountry } from '../../shared/countries/partner-country-schema';
import type { Country, CountryCode } from '../../shared/records/record-schema';

/** Every partner state, with the names the dataset gives where it has the country (those are reviewed with the records). */
export interface PartnerDirectory {
  list(): PartnerCountry[];
  find(code: CountryCode): PartnerCountry | undefined;
}

export function partnerCountriesFile(resourcesDir: string): string {
  return path.join(resourcesDir, 'countries', 'partner-countries.json');
}

/** Reads and validates the bundled partner list; a damaged file is the app's own fault, said as such. */
export function readPartnerCountries(resourcesDir: string): PartnerCountry[] {
  const file = partnerCountriesFile(resourcesDir);
  const parsed = partnerCountriesFileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new AppError('dataset-invalid', { file, detail: parsed.error.issues[0]?.message ?? '' });
  return parsed.data.countries;
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
