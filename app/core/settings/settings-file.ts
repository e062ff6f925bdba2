import { openDataFile, type DataFile } from '../store/data-file';
import { SETTINGS_SCHEMA_VERSION, settingsFileSchema, type SettingsFile } from '../../shared/settings/settings-schema';

export const SETTINGS_FILE_NAME = 'settings.json';

export function openSettingsFile(dataDir: string, readOnly: boolean): Promise<DataFile<SettingsFile>> {
  return openDataFile({
    dataDir,
    name: SETTINGS_FILE_NAME,
    schema: settingsFileSchema,
    version: SETTINGS_SCHEMA_VERSION,
    createDefault: () => ({ schemaVersion: SETTINGS_SCHEMA_VERSION }),
    readOnly,
  });
}
