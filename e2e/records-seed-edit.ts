/** `node --import tsx e2e/records-seed-edit.ts DATA RECORD.json`: saves the record as the officer's edit (see records-seed.ts). */
import { readFile } from 'node:fs/promises';
import { openDesk } from '../app/core/desk';
import { relationsRecordSchema } from '../app/shared/records/record-schema';

const [dataDir, recordFile] = process.argv.slice(2);
if (!dataDir || !recordFile) throw new Error('usage: records-seed-edit.ts DATA RECORD.json');
const record = relationsRecordSchema.parse(JSON.parse(await readFile(recordFile, 'utf8')));
const desk = await openDesk({ dataDir, access: 'write' });
try {
  const current = await desk.officer.detail(record.id);
  if (!current) throw new Error(`the data folder has no record ${record.id}`);
  await desk.officer.edit(record.id, record, [], current.mark.revision);
} finally {
  await desk.close();
}
