import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { MergedRecords } from '../records/merged-records';
import { partnerAsCountry } from './partner-as-country';
import { bundledPartnerCountries, createPartnerDirectory } from './partner-directory';

/** What the country requests read: the current records (replaced by a dataset import). */
export interface CountriesSource {
  readonly records: MergedRecords;
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
      const marks = Object.fromEntries(records.map((record) => [record.id, source.records.mark(record.id)]));
      const retired = source.records.retired(code);
      const articles = await source.records.citedArticles([...records, ...retired.map((r) => r.record)]);
      return { country, ...(partner ? { partner } : {}), records, marks, retired, articles };
    },
  };
}
