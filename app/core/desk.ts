import path from 'node:path';
import { openNotesStore, type NotesStore } from './notes/notes-store';
import { packageRoot } from './package-root';
import { bundledDataset } from './records/load-bundled-dataset';
import { openRecordsFile } from './records/records-file';
import type { Dataset } from '../shared/records/record-schema';
import { createRecordsService, type RecordsService } from './records/records-service';
import { openSettingsFile } from './settings/settings-file';
import { createDeskSearch } from './search/desk-search';
import type { SearchIndex } from './search/search-index';
import type { SettingsFile } from '../shared/settings/settings-schema';
import type { DataFile } from './store/data-file';
import { acquireWriteLock, LOCK_NAME, prepareDataFolder } from './store/data-folder';
import { keepPendingNotices } from './store/pending-notices';
import type { StoreNotice } from '../shared/store/store-notice';

export interface DeskOptions {
  dataDir: string;
  /** `write` takes the folder's lock (the app, the host, writing commands); `read` never writes. */
  access: 'read' | 'write';
  /** The app's bundled resources (dataset, fonts); the repo's `resources/` by default. */
  resourcesDir?: string;
  /** The clock the notes use (the trash's 30 days); tests move it. */
  now?: () => Date;
}

/** Everything the app holds open for one data folder. */
export interface Desk {
  readonly dataDir: string;
  readonly resourcesDir: string;
  readonly access: 'read' | 'write';
  readonly recordsFile: DataFile<Dataset>;
  readonly settingsFile: DataFile<SettingsFile>;
  /** The officer's personal notes, one file each under notes/, never touched by a dataset update. */
  readonly notes: NotesStore;
  readonly records: RecordsService;
  /**
   * Records and notes, searchable in both languages; kept current as notes change. Opened with the desk
   * for `write` access; a reading command opens it at its first use, so that one that never searches
   * (`countries`, `show`) never pays for it.
   */
  readonly search: SearchIndex;
  /** Reads the records again from records.json after it was replaced (a dataset import): the records and search see them. */
  reloadReferenceRecords(): void;
  /** What the officer must be told about the folder's files, from this open and earlier ones not yet shown. */
  readonly notices: readonly StoreNotice[];
  /**
   * Another process took the folder's lock while this one was paused past its stale time: nothing more is
   * written (a write is refused as `data-folder-lock-lost`), and `notices` says so.
   */
  readonly writeLockLost: boolean;
  /** Calls `listener` once the write lock is found lost. */
  onWriteLockLost(listener: () => void): void;
  /** The notices were shown: a later open does not tell them again (this one still lists them). */
  acknowledgeNotices(): Promise<void>;
  /** Writes pending changes, releases the lock. */
  close(): Promise<void>;
}

export async function openDesk(options: DeskOptions): Promise<Desk> {
  const resourcesDir = options.resourcesDir ?? path.join(packageRoot(), 'resources');
  const readOnly = options.access === 'read';
  await prepareDataFolder(options.dataDir, options.access);
  const lock = readOnly ? undefined : await acquireWriteLock(options.dataDir);
  try {
    // The three files are independent: reading the notes overlaps parsing records.json. Every opening
    // settles before the lock can be released by a failure of one.
    const opening = [
      openRecordsFile(options.dataDir, bundledDataset(resourcesDir), readOnly),
      openSettingsFile(options.dataDir, readOnly),
      openNotesStore({ dataDir: options.dataDir, readOnly, now: options.now }),
    ] as const;
    await Promise.allSettled(opening);
    const [recordsFile, settingsFile, notes] = await Promise.all(opening);
    const pending = await keepPendingNotices(options.dataDir, [...recordsFile.notices, ...settingsFile.notices, ...notes.notices], readOnly);
    let search: SearchIndex | undefined;
    let records = createRecordsService(recordsFile.data);
    const openSearch = () => (search ??= createDeskSearch(options, recordsFile.data, notes));
    if (!readOnly) openSearch();
    return {
      dataDir: options.dataDir,
      resourcesDir,
      access: options.access,
      recordsFile,
      settingsFile,
      notes,
      get records() {
        return records;
      },
      get search() {
        return openSearch();
      },
      reloadReferenceRecords() {
        records = createRecordsService(recordsFile.data);
        search?.close();
        search = undefined;
        if (!readOnly) openSearch();
      },
      get notices() {
        return lock?.lost ? [...pending.notices, { code: 'data-folder-lock-lost' as const, file: LOCK_NAME }] : pending.notices;
      },
      get writeLockLost() {
        return lock?.lost ?? false;
      },
      onWriteLockLost: (listener) => lock?.onLost(listener),
      acknowledgeNotices: () => pending.acknowledge(),
      async close() {
        try {
          if (!readOnly) await Promise.all([recordsFile.flush(), settingsFile.flush(), notes.flush()]);
        } finally {
          search?.close();
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
