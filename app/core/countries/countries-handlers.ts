import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { PartnerCountry } from '../../shared/countries/partner-country-schema';
import type { Country } from '../../shared/records/record-schema';
import { citedArticles } from '../browse/cited-articles';
import type { RecordsService } from '../records/records-service';
import { createPartnerDirectory, readPartnerCountries } from './partner-directory';

/** What the country requests read: the current records (replaced by a dataset import) and the bundled partner list. */
export interface CountriesSource {
  readonly records: RecordsService;
  readonly resourcesDir: string;
}

/** A partner the dataset does not know yet, as a country of the records' shape. */
function partnerAsCountry(partner: PartnerCountry): Country {
  return { code: partner.code, name: { ...partner.name, translation: 'reviewed' } };
}

export function createCountriesHandlers(source: CountriesSource): Pick<Handlers, 'listCountries' | 'listPartners' | 'getCountry'> {
  let partners: PartnerCountry[] | undefined;
  const directory = () => {
    partners ??= readPartnerCountries(source.resourcesDir);
    return createPartnerDirectory(partners, source.records.dataset.countries);
  };
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
      const records = source.records.listCountryRecords(code);
      return { country, ...(partner ? { partner } : {}), records, articles: citedArticles(source.records.dataset, records) };
    },
  };
}
