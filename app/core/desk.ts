import path from 'node:path';
import { openNotesStore, type NotesStore } from './notes/notes-store';
import { packageRoot } from './package-root';
import { bundledDataset } from './records/load-bundled-dataset';
import { openReferenceLayer, type ReferenceLayer } from './records/open-reference-layer';
import type { RecordsService } from './records/records-service';
import { createMergedRecords, type MergedRecords } from './records/merged-records';
import type { OfficerLayer } from './records/officer-layer';
import { openOfficerLayerFiles } from './records/officer-layer-files';
import { syncOfficerSearch } from './records/officer-search-sync';
import { createOfficerLayer } from './records/open-officer-layer';
import { importDatasetPack } from './records/dataset-pack-import';
import { partnerAsCountry } from './countries/partner-as-country';
import { bundledPartnerCountries, createPartnerDirectory } from './countries/partner-directory';
import { openSettingsFile } from './settings/settings-file';
import { createDeskSearch, type DeskSearch } from './search/desk-search';
import type { SettingsFile } from '../shared/settings/settings-schema';
import type { DataFile } from './store/data-file';
import { acquireWriteLock, LOCK_NAME, prepareDataFolder } from './store/data-folder';
import { keepPendingNotices } from './store/pending-notices';
import { openJoinedReplica, type TeamReplica } from './sync/team-replica';
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
  /** The reference records' files (replaced whole by a dataset update). */
  readonly reference: ReferenceLayer;
  readonly settingsFile: DataFile<SettingsFile>;
  /** The officer's personal notes, one file each under notes/, never touched by a dataset update. */
  readonly notes: NotesStore;
  /**
   * The merged view every screen, command and brief reads: the reference records with the officer's layer
   * over them (see `createMergedRecords`), retired records left out.
   */
  readonly records: MergedRecords;
  /** The reference layer's records alone (the bundled dataset or an imported pack). */
  readonly referenceRecords: RecordsService;
  /** The officer's records, edits, retirements and the Updates list; a save refreshes the view and the search. */
  readonly officer: OfficerLayer;
  /** The folder as a replica of its team's records (`team join`): the outbox the officer's changes go to. */
  readonly team: TeamReplica | undefined;
  /**
   * Records and notes, searchable in both languages; kept current as notes change. Opened with the desk
   * for `write` access (its index built in the background when not current); a reading command opens it
   * at its first use, so that one that never searches (`countries`, `show`) never pays for it.
   */
  readonly search: DeskSearch;
  /** Makes the search see the reference records after the layer was replaced (a dataset import): it is built again. */
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
    // The three are independent: reading the notes overlaps reading the records' index. Every opening
    // settles before the lock can be released by a failure of one.
    const opening = [
      openReferenceLayer(options.dataDir, bundledDataset(resourcesDir), readOnly),
      openSettingsFile(options.dataDir, readOnly),
      openNotesStore({ dataDir: options.dataDir, readOnly, now: options.now }),
      openOfficerLayerFiles(options.dataDir, readOnly),
    ] as const;
    await Promise.allSettled(opening);
    const [reference, settingsFile, notes, officerFiles] = await Promise.all(opening);
    const pending = await keepPendingNotices(
      options.dataDir,
      [...reference.notices, ...settingsFile.notices, ...notes.notices, ...officerFiles.notices],
      readOnly,
    );
    const toldAtOpen = reference.notices.length;
    const partners = () => createPartnerDirectory(bundledPartnerCountries(), reference.records.listCountries().map((summary) => summary.country));
    const partnerCountry = (code: string) => {
      const partner = partners().find(code);
      return partner && partnerAsCountry(partner);
    };
    let records = createMergedRecords(reference.records, officerFiles, partnerCountry);
    await records.refresh();
    let search: DeskSearch | undefined;
    /** The search's rows of the officer's records being written; a failure is told at close. */
    let searchSync: Promise<void> = Promise.resolve();
    let closing = false;
    const syncSearch = (index: DeskSearch, ids: readonly string[]) => {
      const sync = syncOfficerSearch(index, officerFiles, reference.records, ids);
      searchSync = Promise.all([searchSync, sync]).then(() => undefined);
      return sync;
    };
    const openSearch = () => {
      if (search) return search;
      const opened = createDeskSearch(options, reference.records, notes);
      const all = () => officerFiles.entries().map((entry) => entry.id);
      void syncSearch(opened, all());
      // A background build replaces the index: the officer's records go in again once it is done.
      void opened.settled.then(() => {
        if (!closing && search === opened && opened.state.state === 'ready') void syncSearch(opened, all());
      });
      search = opened;
      return opened;
    };
    if (!readOnly) openSearch();
    const reloadReferenceRecords = () => {
      records = createMergedRecords(reference.records, officerFiles, partnerCountry);
      // The build of the replaced records stops at its next step, and removes its file.
      search?.close();
      search = undefined;
      if (!readOnly) openSearch();
    };
    const officer = createOfficerLayer({
      files: officerFiles,
      reference: () => reference.records,
      officerName: () => settingsFile.data.officerName ?? '',
      knownCountry: (code) => reference.records.findCountry(code) !== undefined || partners().find(code) !== undefined,
      citedArticles: (cited) => records.citedArticles(cited),
      async changed(ids) {
        await records.refresh();
        if (search) await syncSearch(search, ids);
      },
      importPack: (file, packOptions) =>
        importDatasetPack(
          {
            desk: { access: options.access, reference, notes, reloadReferenceRecords },
            files: officerFiles,
            reference: () => reference.records,
            changed: () => records.refresh(),
          },
          file,
          packOptions,
        ),
    });
    const team = readOnly ? undefined : await openJoinedReplica(options.dataDir, officer);
    return {
      dataDir: options.dataDir,
      resourcesDir,
      access: options.access,
      reference,
      settingsFile,
      notes,
      get records() {
        return records;
      },
      get referenceRecords() {
        return reference.records;
      },
      officer,
      team,
      get search() {
        return openSearch();
      },
      reloadReferenceRecords,
      // With those the reference layer adds as its countries are read (a damaged country file).
      get notices() {
        const notices = [...pending.notices, ...reference.notices.slice(toldAtOpen)];
        return lock?.lost ? [...notices, { code: 'data-folder-lock-lost' as const, file: LOCK_NAME }] : notices;
      },
      get writeLockLost() {
        return lock?.lost ?? false;
      },
      onWriteLockLost: (listener) => lock?.onLost(listener),
      acknowledgeNotices: () => pending.acknowledge(),
      async close() {
        closing = true;
        try {
          if (!readOnly) await Promise.all([settingsFile.flush(), notes.flush(), team?.close()]);
        } finally {
          await searchSync;
          search?.close();
          await search?.settled;
          await lock?.release();
        }
      },
    };
  } catch (error) {
    await lock?.release();
    throw error;
  }
}
