import { readdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { writeFailure } from '../store/write-failure';
import { openSqlite } from './open-sqlite';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { createSearchTables, writeRecordRows } from './search-tables';

/** The derived search index of a data folder: a cache of records.json, rebuilt whenever it is not current. */
export const SEARCH_INDEX_FILE_NAME = 'search-index.sqlite';

/** Changes whenever the tables or the folding change, so that an older file is rebuilt. */
const INDEX_FORMAT = '2';

export interface IndexedDataset {
  datasetVersion: string;
  records: readonly RelationsRecord[];
}

/** What the file must say to be used as it is: the format, the dataset version and the number of records. */
function expectedMeta(dataset: IndexedDataset): Record<string, string> {
  return { format: INDEX_FORMAT, datasetVersion: dataset.datasetVersion, records: String(dataset.records.length) };
}

function isCurrent(db: Database.Database, dataset: IndexedDataset): boolean {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return Object.entries(expectedMeta(dataset)).every(([key, value]) => stored.get(key) === value);
}

function writeMeta(db: Database.Database, dataset: IndexedDataset): void {
  const insert = db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(expectedMeta(dataset))) insert.run(key, value);
}

/** A database with the search tables, the records written; in memory when `file` is not given. */
export function buildSearchDatabase(dataset: IndexedDataset, file = ':memory:'): Database.Database {
  const db = openSqlite(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    createSearchTables(db);
    writeRecordRows(db, dataset.records);
    writeMeta(db, dataset);
  } catch (error) {
    // Closed, so that a removed file gives its room back.
    db.close();
    throw error;
  }
  return db;
}

/** The file opened if it is current, else undefined; a file SQLite cannot read counts as not current. */
function openIfCurrent(open: () => Database.Database, dataset: IndexedDataset): Database.Database | undefined {
  let db: Database.Database | undefined;
  try {
    db = open();
    if (isCurrent(db, dataset)) return db;
  } catch {
    // A damaged or foreign file: the index is a cache, rebuilt below.
  }
  db?.close();
  return undefined;
}

/** Bytes 18 and 19 of an SQLite file: 2 when it is in WAL mode, 1 in a rollback-journal mode. */
const FILE_FORMAT_OFFSETS = [18, 19] as const;

/**
 * A copy in memory of `file` as its last committed write left it. Read through SQLite, on a read-only
 * connection, in one read transaction (`serialize` reads every page in one statement): in WAL mode a
 * reader sees a committed state and never blocks the writer, while a raw copy of the file can catch a
 * write half done ("fts5: corruption found"). The copy is a plain database in memory, not in WAL mode.
 */
function committedCopyOf(file: string): Database.Database {
  const source = openSqlite(file, { readonly: true, fileMustExist: true });
  let image: Buffer;
  try {
    image = source.serialize();
  } finally {
    source.close();
  }
  for (const offset of FILE_FORMAT_OFFSETS) image[offset] = 1;
  return openSqlite(image);
}

/**
 * Opens the search index of `dataDir` for `dataset`. With write access, a file that is missing,
 * damaged or built for another dataset is rebuilt (into a temporary file, renamed over it) and the
 * file is kept current from then on, in WAL mode; one process writes a data folder at a time. A reading
 * command never writes it: it works on an in-memory copy of the file's last committed state, if that
 * is current, or builds one in memory. (SQLite may leave the file's empty `-wal` and `-shm` beside it.)
 */
export function openSearchIndexFile(dataDir: string, dataset: IndexedDataset, access: 'read' | 'write'): Database.Database {
  const file = path.join(dataDir, SEARCH_INDEX_FILE_NAME);
  if (access === 'read') return openIfCurrent(() => committedCopyOf(file), dataset) ?? buildSearchDatabase(dataset);
  const opened = openIfCurrent(() => openSqlite(file, { fileMustExist: true }), dataset);
  const db = opened ?? rebuild(file, dataset);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/** Removes the files of rebuilds that failed or were interrupted, by any process (one writes a folder at a time). */
function removeLeftoverBuilds(file: string): void {
  const prefix = `${path.basename(file)}.building-`;
  for (const name of readdirSync(path.dirname(file))) {
    if (name.startsWith(prefix)) rmSync(path.join(path.dirname(file), name), { force: true });
  }
}

function rebuild(file: string, dataset: IndexedDataset): Database.Database {
  removeLeftoverBuilds(file);
  const building = `${file}.building-${process.pid}`;
  try {
    buildSearchDatabase(dataset, building).close();
  } catch (error) {
    // A full disk must not fill up further at every attempt.
    rmSync(building, { force: true });
    throw writeFailure(SEARCH_INDEX_FILE_NAME, error);
  }
  // What SQLite kept beside the old file belongs to it: replayed into the new one, an old WAL would damage it.
  for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(building, file);
  return openSqlite(file, { fileMustExist: true });
}

/**
 * Writes other records into an open index (records swapped in at run time). The file no longer
 * matches any dataset version, so the next open rebuilds it from records.json.
 */
export function replaceIndexedRecords(db: Database.Database, records: readonly RelationsRecord[]): void {
  writeRecordRows(db, records);
  db.prepare(`DELETE FROM meta WHERE key = 'datasetVersion'`).run();
}
