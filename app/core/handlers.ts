import type { Handlers } from '../contract';
import { createBriefsHandlers, type BriefsHandlerOptions } from './briefs/briefs-handlers';
import { createCountriesHandlers } from './countries/countries-handlers';
import type { Desk } from './desk';
import type { Settings, SettingsFile } from '../shared/settings/settings-schema';
import { createNotesHandlers } from './notes/notes-handlers';
import { createRecordsHandlers } from './records/records-handlers';
import { createSearchHandlers } from './search/search-handlers';
import { createSyncHandlers } from './sync/sync-handlers';

/** What the renderer sees of settings.json. */
function settingsOf(data: SettingsFile): Settings {
  return { language: data.language, officerName: data.officerName ?? '' };
}

/** The handler map every transport registers: one entry per request of the contract. */
export function createHandlers(desk: Desk, options: BriefsHandlerOptions = {}): Handlers {
  return {
    ...createBriefsHandlers(desk, options),
    ...createSearchHandlers(desk),
    ...createNotesHandlers(desk),
    ...createCountriesHandlers(desk),
    ...createRecordsHandlers(desk),
    ...createSyncHandlers(desk),
    async getStatus() {
      const { datasetVersion, asOf } = desk.records.datasetInfo();
      const readOnly = desk.access === 'read' || desk.writeLockLost || desk.reference.readOnly || desk.settingsFile.readOnly;
      const status = { dataDir: desk.dataDir, readOnly, notices: [...desk.notices], datasetVersion, asOf, searchIndex: desk.search.state };
      await desk.acknowledgeNotices();
      return status;
    },
    async getSettings() {
      return settingsOf(desk.settingsFile.data);
    },
    async updateSettings(patch) {
      desk.settingsFile.update((data) => {
        const { officerName, ...rest } = patch;
        Object.assign(data, rest);
        if (officerName === '') delete data.officerName;
        else if (officerName !== undefined) data.officerName = officerName;
      });
      await desk.settingsFile.flush();
      return settingsOf(desk.settingsFile.data);
    },
  };
}
