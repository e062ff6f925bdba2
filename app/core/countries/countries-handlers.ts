import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { PartnerCountry } from '../../shared/countries/partner-country-schema';
import type { Country } from '../../shared/records/record-schema';
import type { RecordsService } from '../records/records-service';
import { bundledPartnerCountries, createPartnerDirectory } from './partner-directory';

/** What the country requests read: the current records (replaced by a dataset import). */
export interface CountriesSource {
  readonly records: RecordsService;
}

/** A partner the dataset does not know yet, as a country of the records' shape. */
function partnerAsCountry(partner: PartnerCountry): Country {
  return { code: partner.code, name: { ...partner.name, translation: 'reviewed' } };
}

export function createCountriesHandlers(source: CountriesSource): Pick<Handlers, 'listCountries' | 'listPartners' | 'getCountry'> {
  const directory = () => createPartnerDirectory(bundledPartnerCountries(), source.records.listCountries().map((summary) => summary.country));
  return {
    async listCountries() {
      return source.records.listCountries();
    },
    async listPartners() {
      const counts = new Map(source.records.listCountries().map((summary) => [summary.country.code, summary.recordCount]));
      return directory()
        .list()
        .map((partner) => ({ partner, recordCount: counts.get(partner.code) ?? 0 }));
    },
    async getCountry({ code }) {
      const partner = directory().find(code);
      const country = source.records.findCountry(code) ?? (partner && partnerAsCountry(partner));
      if (!country) throw new AppError('unknown-country', { code });
      const records = await source.records.listCountryRecords(code);
      return { country, ...(partner ? { partner } : {}), records, articles: await source.records.citedArticles(records) };
    },
  };
}
