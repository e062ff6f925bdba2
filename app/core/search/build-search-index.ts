import { randomInt } from 'node:crypto';
import { renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { writeFailure } from '../store/write-failure';
import { openSqlite } from './open-sqlite';
import { removeLeftoverBuilds, SEARCH_INDEX_FILE_NAME, useForWrites, writeMeta, type IndexedRecords } from './search-index-file';
import { createSearchTables, optimizeRecordRows, recordDateKey, recordRowWriter } from './search-tables';

/** Records written per transaction: each is short, so that requests are answered between them. */
const RECORDS_PER_STEP = 1_000;

export interface SearchIndexBuild {
  /** The records and the number they add up to. */
  records: AsyncIterable<RelationsRecord>;
  indexed: IndexedRecords;
  /** Told after each step: how many records are indexed, of how many. */
  onProgress(done: number, total: number): void;
  /** True once the build is no longer wanted (the desk closed): it stops at the next step. */
  stopped(): boolean;
}

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Builds the records tables a step at a time, letting the event loop answer requests between steps:
 * the records are read (country after country) into a staging table, then written newest first, as
 * `writeRecordRows` does, from their dates alone held in memory. Resolves undefined when stopped.
 */
async function fillRecords(db: Database.Database, build: SearchIndexBuild): Promise<boolean> {
  db.exec('CREATE TEMP TABLE staged(record TEXT NOT NULL)');
  const stage = db.prepare('INSERT INTO staged(record) VALUES (?)');
  const dates: { date: string; rowid: number }[] = [];
  const total = build.indexed.recordCount;
  let batch: RelationsRecord[] = [];
  const flush = () => {
    db.transaction(() => {
      for (const record of batch) dates.push({ date: recordDateKey(record), rowid: Number(stage.run(JSON.stringify(record)).lastInsertRowid) });
    })();
    batch = [];
  };
  for await (const record of build.records) {
    batch.push(record);
    if (batch.length < RECORDS_PER_STEP) continue;
    flush();
    // Reading the records is the first half of the work, writing them the second.
    build.onProgress(Math.floor(dates.length / 2), total);
    await nextTurn();
    if (build.stopped()) return false;
  }
  flush();
  dates.sort((a, b) => b.date.localeCompare(a.date) || a.rowid - b.rowid);
  const read = db.prepare<[number], { record: string }>('SELECT record FROM staged WHERE rowid = ?');
  const write = recordRowWriter(db);
  for (let at = 0; at < dates.length; at += RECORDS_PER_STEP) {
    db.transaction(() => write(dates.slice(at, at + RECORDS_PER_STEP).map(({ rowid }) => JSON.parse(read.get(rowid)!.record) as RelationsRecord)))();
    build.onProgress(Math.floor((dates.length + at + RECORDS_PER_STEP) / 2), total);
    await nextTurn();
    if (build.stopped()) return false;
  }
  db.exec('DROP TABLE temp.staged');
  optimizeRecordRows(db);
  return true;
}

/**
 * Builds the search index of a data folder in the background (see `fillRecords`). With write access it
 * is written into a temporary file that is renamed over the index file once complete (a killed build
 * leaves the old file, or none, and its leftover is removed at the next build); a reading command builds
 * it in memory. Resolves the open database, or undefined when the build was stopped.
 */
export async function buildSearchIndex(dataDir: string, access: 'read' | 'write', build: SearchIndexBuild): Promise<Database.Database | undefined> {
  const file = path.join(dataDir, SEARCH_INDEX_FILE_NAME);
  if (access === 'write') removeLeftoverBuilds(dataDir);
  // Named for this build alone: a build stopped by a replace of the records may still be removing its own.
  const building = access === 'write' ? `${file}.building-${process.pid}-${randomInt(0xffffffff)}` : ':memory:';
  const db = openSqlite(building);
  try {
    db.pragma('journal_mode = OFF');
    db.pragma('synchronous = OFF');
    createSearchTables(db);
    if (!(await fillRecords(db, build))) {
      db.close();
      if (access === 'write') rmSync(building, { force: true });
      return undefined;
    }
    writeMeta(db, build.indexed);
    if (access === 'read') return db;
  } catch (error) {
    db.close();
    if (access === 'write') rmSync(building, { force: true });
    throw writeFailure(SEARCH_INDEX_FILE_NAME, error);
  }
  db.close();
  // What SQLite kept beside the old file belongs to it: replayed into the new one, an old WAL would damage it.
  for (const suffix of ['-journal', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(building, file);
  return useForWrites(openSqlite(file, { fileMustExist: true }));
}
