/**
 * A writer of a data folder in its own process, for tests of what happens beside it (readers, a second
 * writer, a kill, a pause): `node --import tsx desk-writer-child.ts DATA_DIR RESOURCES_DIR`. It opens the
 * desk for writing and answers commands on stdin, one JSON object a line, with events on stdout, one JSON
 * object a line:
 * - `{ "do": "save", "id": "…" }`: saves that note → `{ "event": "saved" }` or `{ "event": "refused", "code": "…" }`;
 * - `{ "do": "churn" }`: saves notes one after another until stopped → `{ "event": "churned", "saves": N }`
 *   after each of them;
 * - `{ "do": "import", "count": N }`: imports N new notes in one import → `{ "event": "indexing" }` once their
 *   files are written (the search index is written next), then `{ "event": "imported" }`;
 * - `{ "do": "hold-index-write" }`: begins a large write of the search index on a connection of its own
 *   (so large that SQLite writes pages before the commit) and leaves it under way → `{ "event": "holding" }`;
 * - `{ "do": "end-index-write" }`: rolls that write back → `{ "event": "ended" }`;
 * - `{ "do": "stop" }`: stops churning, closes the desk → `{ "event": "stopped", "saves": N }`, and exits.
 * When it opens it says `{ "event": "ready", "pid": … }`; when its lock is lost, `{ "event": "lock-lost" }`.
 * Any other failure is left uncaught: the process dies, and the test sees it.
 */
import path from 'node:path';
import { createInterface } from 'node:readline';
import type Database from 'better-sqlite3';
import { AppError } from '../../shared/app-error';
import { NOTE_SCHEMA_VERSION, type Note } from '../../shared/notes/note-schema';
import { openDesk } from '../desk';
import { openSqlite } from '../search/open-sqlite';
import { SEARCH_INDEX_FILE_NAME } from '../search/search-index-file';

const [dataDir, resourcesDir] = process.argv.slice(2);
if (!dataDir || !resourcesDir) throw new Error('usage: desk-writer-child.ts DATA_DIR RESOURCES_DIR');

const tell = (event: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(event)}\n`);
/** A body of many words of its own, so that a save rewrites many pages of the search index. */
const body = (n: number) =>
  `Ghi chú thử số ${n}: Việt Nam và Azerbaijan trao đổi đoàn cấp cao. ${Array.from({ length: 300 }, (_, k) => `muc${n}x${k}`).join(' ')}`;

const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
desk.onWriteLockLost(() => tell({ event: 'lock-lost' }));
// Ready once the search index file is written (it is built in the background on a fresh folder).
await desk.search.ready;
tell({ event: 'ready', pid: process.pid });

let saves = 0;
let churning: Promise<void> | undefined;
let stopping = false;
let heldWrite: Database.Database | undefined;

async function saveNote(id: string): Promise<void> {
  await desk.notes.save({ id, country: 'AZ', body: body(saves), tags: ['thử'], pinned: false });
  saves += 1;
}

async function churn(): Promise<void> {
  for (let n = 0; !stopping; n += 1) {
    await saveNote(`churned-note-${n % 20}`);
    tell({ event: 'churned', saves });
  }
}

function importedNote(n: number): Note {
  const at = new Date(Date.UTC(2026, 0, 1, 0, 0, n % 60)).toISOString();
  return { schemaVersion: NOTE_SCHEMA_VERSION, id: `imported-note-${n}`, country: 'AZ', body: body(n), tags: [], pinned: false, createdAt: at, updatedAt: at };
}

const commands: Record<string, (command: { id?: string; count?: number }) => Promise<void>> = {
  async save({ id }) {
    try {
      await saveNote(id ?? 'saved-note-1');
      tell({ event: 'saved' });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      tell({ event: 'refused', code: error.code });
    }
  },
  async churn() {
    churning = churn();
  },
  async import({ count }) {
    const notes = Array.from({ length: count ?? 100 }, (_, n) => ({ note: importedNote(n), revisions: [] }));
    await desk.notes.importNotes(notes, (done, total) => {
      if (done === total) tell({ event: 'indexing' });
    });
    tell({ event: 'imported' });
  },
  async 'hold-index-write'() {
    heldWrite = openSqlite(path.join(dataDir, SEARCH_INDEX_FILE_NAME));
    heldWrite.pragma('cache_size = 10');
    heldWrite.exec('BEGIN IMMEDIATE');
    const insert = heldWrite.prepare(`INSERT INTO notes_fts(rowid, id, title, text, country) VALUES (?, ?, '', ?, 'az')`);
    for (let n = 0; n < 2000; n += 1) insert.run(1_000_000 + n, `held-${n}`, body(n));
    tell({ event: 'holding' });
  },
  async 'end-index-write'() {
    heldWrite?.exec('ROLLBACK');
    heldWrite?.close();
    tell({ event: 'ended' });
  },
  async stop() {
    stopping = true;
    await churning;
    await desk.close();
    tell({ event: 'stopped', saves });
    process.exit(0);
  },
};

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line) as { do: string; id?: string; count?: number };
  const run = commands[command.do];
  if (!run) throw new Error(`unknown command ${line}`);
  // Not awaited: a save can be asked while the churn or an import is under way.
  // A failure is an unhandled rejection: the process dies of it.
  void run(command);
}
