import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { openSqlite } from './open-sqlite';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { createSearchTables, writeRecordRows } from './search-tables';

/** The derived search index of a data folder: a cache of the reference layer, rebuilt whenever it is not current. */
export const SEARCH_INDEX_FILE_NAME = 'search-index.sqlite';

/** Changes whenever the tables or the folding change, so that an older file is rebuilt. */
const INDEX_FORMAT = '3';

/** What the records tables were written from: the dataset's version and how many records it has. */
export interface IndexedRecords {
  datasetVersion: string;
  recordCount: number;
}

export interface IndexedDataset {
  datasetVersion: string;
  records: readonly RelationsRecord[];
}

/** What the file must say to be used as it is: the format, the dataset version and the number of records. */
function expectedMeta(indexed: IndexedRecords): Record<string, string> {
  return { format: INDEX_FORMAT, datasetVersion: indexed.datasetVersion, records: String(indexed.recordCount) };
}

function isCurrent(db: Database.Database, indexed: IndexedRecords): boolean {
  const rows = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM meta').all();
  const stored = new Map(rows.map((row) => [row.key, row.value]));
  return Object.entries(expectedMeta(indexed)).every(([key, value]) => stored.get(key) === value);
}

/** Records in the file what its records tables were written from. */
export function writeMeta(db: Database.Database, indexed: IndexedRecords): void {
  const insert = db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)');
  for (const [key, value] of Object.entries(expectedMeta(indexed))) insert.run(key, value);
}

/** A database with the search tables, the records written; in memory when `file` is not given. */
export function buildSearchDatabase(dataset: IndexedDataset, file = ':memory:'): Database.Database {
  const db = openSqlite(file);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    createSearchTables(db);
    writeRecordRows(db, dataset.records);
    writeMeta(db, { datasetVersion: dataset.datasetVersion, recordCount: dataset.records.length });
  } catch (error) {
    // Closed, so that a removed file gives its room back.
    db.close();
    throw error;
  }
  return db;
}

/** The file opened if it is current, else undefined; a file SQLite cannot read counts as not current. */
function openIfCurrent(open: () => Database.Database, indexed: IndexedRecords): Database.Database | undefined {
  let db: Database.Database | undefined;
  try {
    db = open();
    if (isCurrent(db, indexed)) return db;
  } catch {
    // A damaged or foreign file: the index is a cache, rebuilt by the caller.
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

/** Ready a database for use once its records are written: the file is kept current from then on, in WAL mode. */
export function useForWrites(db: Database.Database): Database.Database {
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  return db;
}

/**
 * Opens the search index of `dataDir` if it is current for `indexed`, else gives undefined (the caller
 * builds it, see `buildSearchIndex`). With write access the file is opened and kept current from then on,
 * in WAL mode; one process writes a data folder at a time. A reading command never writes it: it works on
 * an in-memory copy of the file's last committed state. (SQLite may leave the file's empty `-wal` and
 * `-shm` beside it.)
 */
export function openCurrentSearchIndexFile(dataDir: string, indexed: IndexedRecords, access: 'read' | 'write'): Database.Database | undefined {
  const file = path.join(dataDir, SEARCH_INDEX_FILE_NAME);
  if (!existsSync(file)) return undefined;
  if (access === 'read') return openIfCurrent(() => committedCopyOf(file), indexed);
  const db = openIfCurrent(() => openSqlite(file, { fileMustExist: true }), indexed);
  return db && useForWrites(db);
}

/** Removes the files of rebuilds that failed or were interrupted, by any process (one writes a folder at a time). */
export function removeLeftoverBuilds(dataDir: string): void {
  const prefix = `${SEARCH_INDEX_FILE_NAME}.building-`;
  for (const name of readdirSync(dataDir)) {
    if (name.startsWith(prefix)) rmSync(path.join(dataDir, name), { force: true });
  }
}

/**
 * Writes other records into an open index (records swapped in at run time). The file no longer
 * matches any dataset version, so the next open rebuilds it from the reference layer.
 */
export function replaceIndexedRecords(db: Database.Database, records: readonly RelationsRecord[]): void {
  writeRecordRows(db, records);
  db.prepare(`DELETE FROM meta WHERE key = 'datasetVersion'`).run();
}
