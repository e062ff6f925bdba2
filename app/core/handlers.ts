import type { Handlers } from '../contract';
import { createBriefsHandlers, type BriefsHandlerOptions } from './briefs/briefs-handlers';
import { createCountriesHandlers } from './countries/countries-handlers';
import type { Desk } from './desk';
import { createNotesHandlers } from './notes/notes-handlers';
import { createSearchHandlers } from './search/search-handlers';

/** The handler map every transport registers: one entry per request of the contract. */
export function createHandlers(desk: Desk, options: BriefsHandlerOptions = {}): Handlers {
  return {
    ...createBriefsHandlers(desk, options),
    ...createSearchHandlers(desk),
    ...createNotesHandlers(desk),
    ...createCountriesHandlers(desk),
    async getStatus() {
      const { datasetVersion, asOf } = desk.records.datasetInfo();
      const readOnly = desk.access === 'read' || desk.writeLockLost || desk.reference.readOnly || desk.settingsFile.readOnly;
      const status = { dataDir: desk.dataDir, readOnly, notices: [...desk.notices], datasetVersion, asOf, searchIndex: desk.search.state };
      await desk.acknowledgeNotices();
      return status;
    },
    async getSettings() {
      return { language: desk.settingsFile.data.language };
    },
    async updateSettings(patch) {
      desk.settingsFile.update((data) => Object.assign(data, patch));
      await desk.settingsFile.flush();
      return { language: desk.settingsFile.data.language };
    },
  };
}
