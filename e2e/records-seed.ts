import { openDesk } from '../app/core/desk';
import type { RelationsRecord } from '../app/shared/records/record-schema';

/**
 * Edits a reference record in a data folder before the app starts, through the core's officer layer (what the
 * app's record editor saves through): the folder then holds the officer's version on top of the bundled one.
 */
export async function seedRecordEdit(dataDir: string, record: RelationsRecord): Promise<void> {
  const desk = await openDesk({ dataDir, access: 'write' });
  try {
    const current = desk.officer.detail(record.id);
    if (!current) throw new Error(`the data folder has no record ${record.id}`);
    await desk.officer.edit(record.id, record, [], current.mark.revision);
  } finally {
    await desk.close();
  }
}
