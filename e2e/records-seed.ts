import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import type { RelationsRecord } from '../app/shared/records/record-schema';

const run = promisify(execFile);

/**
 * Edits a reference record in a data folder before the app starts, through the core's officer layer (what the
 * app's record editor saves through): the folder then holds the officer's version over the bundled one. The
 * core runs in its own Node process (through tsx), as the app's does.
 */
export async function seedRecordEdit(dataDir: string, record: RelationsRecord): Promise<void> {
  const file = `${dataDir}-seed-record.json`;
  await writeFile(file, JSON.stringify(record));
  await run(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'records-seed-edit.ts'), dataDir, file]);
}
