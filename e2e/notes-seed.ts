import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);

export interface SeedNote {
  id: string;
  country: string;
  recordId?: string;
  body: string;
  tags?: string[];
  pinned?: boolean;
  updatedAt?: string;
  revisions?: { body: string; tags: string[]; savedAt: string }[];
}

/** A note on Azerbaijan with two earlier versions in its history, the newer one second. */
export const NOTE_WITH_HISTORY: SeedNote = {
  id: 'note-history-0001',
  country: 'AZ',
  body: 'Bản hiện tại: Bộ trưởng sẽ đến Baku',
  updatedAt: '2026-11-20T10:00:00.000Z',
  revisions: [
    { body: 'Bản đầu: Thứ trưởng sẽ đến Baku', tags: ['chuyến thăm'], savedAt: '2026-11-19T08:00:00.000Z' },
    { body: 'Bản hai: Thứ trưởng hoặc Bộ trưởng', tags: [], savedAt: '2026-11-19T15:00:00.000Z' },
  ],
};

/** Puts notes in a data folder before the app starts, the way an officer would: `country-desk notes import`. */
export async function seedNotes(dataDir: string, notes: readonly SeedNote[]): Promise<void> {
  const stamp = '2026-11-20T09:00:00.000Z';
  const file = `${dataDir}-seed-notes.json`;
  const exported = {
    format: 'country-desk-notes',
    schemaVersion: 1,
    exportedAt: stamp,
    notes: notes.map((note) => ({ tags: [], pinned: false, createdAt: stamp, updatedAt: stamp, revisions: [], ...note })),
  };
  await writeFile(file, JSON.stringify(exported));
  await run(process.execPath, [path.join(ROOT, 'bin', 'country-desk.mjs'), 'notes', 'import', file, '--data', dataDir]);
}
