import { openDesk } from '../desk';

/**
 * A process that edits one reference record of a data folder again and again (its Vietnamese title becomes
 * `Sửa lần N`), and says on stdout when each save starts: a test kills it (SIGKILL) while a save is writing.
 * Run as `node --import tsx this-file DATA_DIR RESOURCES_DIR RECORD_ID`.
 */
const [dataDir, resourcesDir, id] = process.argv.slice(2) as [string, string, string];
const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
const first = await desk.officer.detail(id);
if (first === undefined) throw new Error(`no record ${id}`);
let { record, mark } = first;
for (let n = 1; ; n += 1) {
  process.stdout.write(`saving ${n}\n`);
  ({ record, mark } = await desk.officer.edit(id, { ...record, title: { ...record.title, vi: `Sửa lần ${n}` } }, [], mark.revision));
}
