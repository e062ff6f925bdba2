import { comparePartialDates } from '../../shared/records/compare-partial-dates';
import type { CountrySummary } from '../../shared/records/country-summary';
import type { Country, CountryCode, Dataset, RecordKind, RelationsRecord } from '../../shared/records/record-schema';

/** Read access to the reference records: what every screen, the CLI and the briefs ask of them. */
export interface RecordsService {
  readonly dataset: Dataset;
  listCountries(): CountrySummary[];
  findCountry(code: CountryCode): Country | undefined;
  /** A country's records, in date order (undated last), optionally of some kinds only. */
  listCountryRecords(code: CountryCode, kinds?: readonly RecordKind[]): RelationsRecord[];
  findRecord(id: string): RelationsRecord | undefined;
}

export function createRecordsService(dataset: Dataset): RecordsService {
  const byCountry = new Map<CountryCode, RelationsRecord[]>();
  const byId = new Map<string, RelationsRecord>();
  for (const record of dataset.records) {
    byId.set(record.id, record);
    const list = byCountry.get(record.country) ?? [];
    list.push(record);
    byCountry.set(record.country, list);
  }
  for (const list of byCountry.values()) list.sort((a, b) => comparePartialDates(a.date, b.date));
  const countries = new Map(dataset.countries.map((c) => [c.code, c]));

  return {
    dataset,
    listCountries() {
      return dataset.countries.map((country) => {
        const records = byCountry.get(country.code) ?? [];
        const dated = records.filter((r) => r.date !== undefined);
        const framework = records.findLast((r) => r.kind === 'framework');
        return {
          country,
          recordCount: records.length,
          newestDate: dated.at(-1)?.date,
          framework: framework && { name: framework.framework, since: framework.date },
        };
      });
    },
    findCountry: (code) => countries.get(code),
    listCountryRecords(code, kinds) {
      const records = byCountry.get(code) ?? [];
      return kinds ? records.filter((r) => kinds.includes(r.kind)) : [...records];
    },
    findRecord: (id) => byId.get(id),
  };
}
