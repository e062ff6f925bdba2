import path from 'node:path';
import { packageRoot } from './package-root';
import { loadBundledDataset } from './records/load-bundled-dataset';
import { openRecordsFile } from './records/records-file';
import type { Dataset } from './records/record-schema';
import { createRecordsService, type RecordsService } from './records/records-service';
import { openSettingsFile } from './settings/settings-file';
import type { SettingsFile } from './settings/settings-schema';
import type { DataFile } from './store/data-file';
import { acquireWriteLock, prepareDataFolder } from './store/data-folder';
import type { StoreNotice } from './store/store-notice';

export interface DeskOptions {
  dataDir: string;
  /** `write` takes the folder's lock (the app, the host, writing commands); `read` never writes. */
  access: 'read' | 'write';
  /** The app's bundled resources (dataset, fonts); the repo's `resources/` by default. */
  resourcesDir?: string;
}

/** Everything the app holds open for one data folder. */
export interface Desk {
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly access: 'read' | 'write';
  readonly recordsFile: DataFile<Dataset>;
  readonly settingsFile: DataFile<SettingsFile>;
  readonly records: RecordsService;
  readonly notices: readonly StoreNotice[];
  /** Writes pending changes, releases the lock. */
  close(): Promise<void>;
}

export async function openDesk(options: DeskOptions): Promise<Desk> {
  const resourcesDir = options.resourcesDir ?? path.join(packageRoot(), 'resources');
  const readOnly = options.access === 'read';
  await prepareDataFolder(options.dataDir, options.access);
  const release = readOnly ? undefined : await acquireWriteLock(options.dataDir);
  try {
    const recordsFile = await openRecordsFile(options.dataDir, () => loadBundledDataset(resourcesDir), readOnly);
    const settingsFile = await openSettingsFile(options.dataDir, readOnly);
    return {
      dataDir: options.dataDir,
      resourcesDir,
      access: options.access,
      recordsFile,
      settingsFile,
      records: createRecordsService(recordsFile.data),
      notices: [...recordsFile.notices, ...settingsFile.notices],
      async close() {
        try {
          if (!readOnly) await Promise.all([recordsFile.flush(), settingsFile.flush()]);
        } finally {
          await release?.();
        }
      },
    };
  } catch (error) {
    await release?.();
    throw error;
  }
}
