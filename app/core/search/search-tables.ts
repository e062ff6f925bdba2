import { createHash } from 'node:crypto';
import type Database from 'better-sqlite3';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { createWordFolder } from '../../shared/search/fold-vietnamese';
import { noteDocument, recordDocument, searchFieldText, type SearchableNote, type SearchDocument } from './search-documents';
import { splitWords } from '../../shared/search/split-words';

/**
 * The full-text tables of the search: one for the reference records, one for the notes, each with the
 * document's `id`, its `title`, its other `text` and its `country`, folded by `foldVietnamese` before SQLite sees
 * them (so its tokenizer keeps the letters as they come). `prefix` indexes make as-you-type prefixes of
 * one to three letters cheap. `notes` keeps a digest of each note's content, to tell which notes
 * changed since the tables were last written. `record_docs` holds each record as JSON, so that a hit is
 * described without every record in memory.
 */
const SCHEMA = `
  CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS records_fts USING fts5(
    id UNINDEXED, title, text, country, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
  CREATE TABLE IF NOT EXISTS record_docs(id TEXT PRIMARY KEY, record TEXT NOT NULL) WITHOUT ROWID;
  CREATE TABLE IF NOT EXISTS notes(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, content TEXT NOT NULL);
  CREATE VIRTUAL TABLE IF NOT EXISTS notes_fts USING fts5(
    id UNINDEXED, title, text, country, tokenize = 'unicode61 remove_diacritics 0', prefix = '1 2 3');
`;

export type SearchTable = 'records_fts' | 'notes_fts';

export function createSearchTables(db: Database.Database): void {
  db.exec(SCHEMA);
}

const foldWord = createWordFolder();

/** Text as the tables hold it: its words folded, separated by spaces. */
export function foldedText(text: string): string {
  return splitWords(text).map(foldWord).join(' ');
}

/** The `country` column's value: the code in lower case, matched only through a `{country}:` filter. */
export function countryToken(country: string): string {
  return country.toLowerCase();
}

function columns(id: string, document: SearchDocument): [string, string, string, string] {
  return [id, foldedText(searchFieldText(document, 'title')), foldedText(searchFieldText(document, 'text')), countryToken(document.country)];
}

/** What records are ordered by in the table: their date, undated ones last. */
export const recordDateKey = (record: RelationsRecord) => ('date' in record && record.date !== undefined ? record.date : '');

/** Newest first: a query matching a great many records ranks the newest of them (see `relevance`). */
function newestFirst(records: readonly RelationsRecord[]): RelationsRecord[] {
  return [...records].sort((a, b) => recordDateKey(b).localeCompare(recordDateKey(a)));
}

/** The columns of a record's row in the records table. */
export function recordColumns(record: RelationsRecord): [string, string, string, string] {
  return columns(record.id, recordDocument(record));
}

/** Writes records (with their documents) after those the tables hold: the caller writes them newest first. */
export function recordRowWriter(db: Database.Database): (records: readonly RelationsRecord[]) => void {
  const insert = db.prepare('INSERT INTO records_fts(id, title, text, country) VALUES (?, ?, ?, ?)');
  const insertDocument = db.prepare('INSERT OR REPLACE INTO record_docs(id, record) VALUES (?, ?)');
  return (records) => {
    for (const record of records) {
      insert.run(...recordColumns(record));
      insertDocument.run(record.id, JSON.stringify(record));
    }
  };
}

/** Merges the records table's segments, once it is written: queries read one. */
export function optimizeRecordRows(db: Database.Database): void {
  db.exec(`INSERT INTO records_fts(records_fts) VALUES ('optimize')`);
}

/** Fills the records table (emptied first), newest record first. */
export function writeRecordRows(db: Database.Database, records: readonly RelationsRecord[]): void {
  const write = recordRowWriter(db);
  db.transaction(() => {
    db.exec('DELETE FROM records_fts; DELETE FROM record_docs;');
    write(newestFirst(records));
    optimizeRecordRows(db);
  })();
}

/** Writes one record's rows (replacing those of the same id, if any): a record the officer saved. */
export function upsertRecordRow(db: Database.Database, record: RelationsRecord): void {
  db.transaction(() => {
    deleteRecordRow(db, record.id);
    recordRowWriter(db)([record]);
  })();
}

/** Removes one record's rows: a record retired, or gone after an undo. */
export function deleteRecordRow(db: Database.Database, id: string): void {
  db.prepare('DELETE FROM records_fts WHERE id = ?').run(id);
  db.prepare('DELETE FROM record_docs WHERE id = ?').run(id);
}

/** Reads a record the tables hold, by id. */
export function recordDocumentReader(db: Database.Database): (id: string) => RelationsRecord | undefined {
  const select = db.prepare<[string], { record: string }>('SELECT record FROM record_docs WHERE id = ?');
  return (id) => {
    const row = select.get(id);
    return row === undefined ? undefined : (JSON.parse(row.record) as RelationsRecord);
  };
}

/** A digest of what the tables hold of a note: reading 10,000 digests at open is cheaper than their bodies. */
function noteContent(note: SearchableNote): string {
  return createHash('sha1')
    .update(JSON.stringify([note.country, note.recordId ?? null, note.body, note.tags]))
    .digest('base64');
}

/** Keeps the notes tables current. */
export interface NoteRows {
  upsert(note: SearchableNote): void;
  remove(id: string): void;
  /** Makes the tables hold exactly `notes`, writing only the notes that changed. */
  sync(notes: readonly SearchableNote[]): void;
}

export function noteRows(db: Database.Database): NoteRows {
  const selectAll = db.prepare<[], { rowid: number; id: string; content: string }>('SELECT rowid, id, content FROM notes');
  const selectOne = db.prepare<[string], { rowid: number; content: string }>('SELECT rowid, content FROM notes WHERE id = ?');
  const insertNote = db.prepare('INSERT INTO notes(id, content) VALUES (?, ?)');
  const updateNote = db.prepare('UPDATE notes SET content = ? WHERE rowid = ?');
  const deleteNote = db.prepare('DELETE FROM notes WHERE rowid = ?');
  const insertText = db.prepare('INSERT INTO notes_fts(rowid, id, title, text, country) VALUES (?, ?, ?, ?, ?)');
  const deleteText = db.prepare('DELETE FROM notes_fts WHERE rowid = ?');

  const write = (note: SearchableNote, existing: { rowid: number; content: string } | undefined): void => {
    const content = noteContent(note);
    if (existing?.content === content) return;
    let rowid: number;
    if (existing === undefined) {
      rowid = Number(insertNote.run(note.id, content).lastInsertRowid);
    } else {
      rowid = existing.rowid;
      updateNote.run(content, rowid);
      deleteText.run(rowid);
    }
    insertText.run(rowid, ...columns(note.id, noteDocument(note)));
  };
  const removeRow = (rowid: number) => {
    deleteNote.run(rowid);
    deleteText.run(rowid);
  };

  return {
    upsert(note) {
      db.transaction(() => write(note, selectOne.get(note.id)))();
    },
    remove(id) {
      const existing = selectOne.get(id);
      if (existing !== undefined) db.transaction(() => removeRow(existing.rowid))();
    },
    sync(notes) {
      db.transaction(() => {
        const stored = new Map(selectAll.all().map((row) => [row.id, row]));
        for (const note of notes) {
          write(note, stored.get(note.id));
          stored.delete(note.id);
        }
        for (const { rowid } of stored.values()) removeRow(rowid);
      })();
    },
  };
}

/** Views of the tables' vocabularies: each distinct word with the number of documents holding it. */
export function createVocabularyViews(db: Database.Database): void {
  db.exec(`
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.records_fts_vocab USING fts5vocab(main, records_fts, 'row');
    CREATE VIRTUAL TABLE IF NOT EXISTS temp.notes_fts_vocab USING fts5vocab(main, notes_fts, 'row');
  `);
}

/** Every distinct word the tables hold (folded); needs `createVocabularyViews`. */
export function indexedWords(db: Database.Database): string[] {
  return db
    .prepare<[], { term: string }>('SELECT term FROM temp.records_fts_vocab UNION SELECT term FROM temp.notes_fts_vocab')
    .all()
    .map((row) => row.term);
}

/** How many documents of a table hold a word, or words starting with it; needs `createVocabularyViews`. */
export function documentFrequencyReader(db: Database.Database): (table: SearchTable, word: string, asPrefix: boolean) => number {
  const statement = (table: SearchTable) => ({
    exact: db.prepare<[string], { doc: number | null }>(`SELECT doc FROM temp.${table}_vocab WHERE term = ?`),
    prefix: db.prepare<[string, string], { doc: number | null }>(
      `SELECT sum(doc) AS doc FROM temp.${table}_vocab WHERE term >= ? AND term < ?`,
    ),
  });
  const byTable = { records_fts: statement('records_fts'), notes_fts: statement('notes_fts') };
  return (table, word, asPrefix) => {
    const { exact, prefix } = byTable[table];
    const row = asPrefix ? prefix.get(word, `${word}\uffff`) : exact.get(word);
    return row?.doc ?? 0;
  };
}

/** The highest rowid of a table's documents (0 when empty): rows are numbered as written, newest first. */
export function lastRowidReader(db: Database.Database): (table: SearchTable) => number {
  const statement = (table: SearchTable) => db.prepare<[], { last: number | null }>(`SELECT max(id) AS last FROM ${table}_docsize`);
  const byTable = { records_fts: statement('records_fts'), notes_fts: statement('notes_fts') };
  return (table) => byTable[table].get()?.last ?? 0;
}
