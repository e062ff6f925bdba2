import type { Handlers } from '../contract';
import { AppError } from '../shared/app-error';
import { createBriefsHandlers, type BriefsHandlerOptions } from './briefs/briefs-handlers';
import { citedArticles } from './browse/cited-articles';
import type { Desk } from './desk';
import { createNotesHandlers } from './notes/notes-handlers';
import type { CountryCode } from '../shared/records/record-schema';
import { createSearchHandlers } from './search/search-handlers';

function requireCountry(desk: Desk, code: CountryCode) {
  const country = desk.records.findCountry(code);
  if (!country) throw new AppError('unknown-country', { code });
  return country;
}

/** The handler map every transport registers: one entry per request of the contract. */
export function createHandlers(desk: Desk, options: BriefsHandlerOptions = {}): Handlers {
  return {
    ...createBriefsHandlers(desk, options),
    ...createSearchHandlers(desk),
    ...createNotesHandlers(desk),
    async getStatus() {
      const { datasetVersion, asOf } = desk.records.dataset;
      const readOnly = desk.access === 'read' || desk.recordsFile.readOnly || desk.settingsFile.readOnly;
      return { dataDir: desk.dataDir, readOnly, notices: [...desk.notices], datasetVersion, asOf };
    },
    async getSettings() {
      return { language: desk.settingsFile.data.language };
    },
    async updateSettings(patch) {
      desk.settingsFile.update((data) => Object.assign(data, patch));
      await desk.settingsFile.flush();
      return { language: desk.settingsFile.data.language };
    },
    async listCountries() {
      return desk.records.listCountries();
    },
    async getCountry({ code }) {
      const country = requireCountry(desk, code);
      const records = desk.records.listCountryRecords(code);
      return { country, records, articles: citedArticles(desk.records.dataset, records) };
    },
  };
}
