import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../core/desk';
import { createHandlers } from '../../core/handlers';
import { OFFICER_FOLDER } from '../../core/records/officer-layer-files';
import { makeTestDataset, makeTestFolders } from '../../core/testing/test-dataset';
import { measureRecordSaves } from './measure-record-save';

const opened: { desk: Desk; root: string }[] = [];
afterEach(async () => {
  for (const { desk, root } of opened.splice(0)) {
    await desk.close();
    await rm(root, { recursive: true, force: true });
  }
});

describe('the bench’s record saves', () => {
  it('times edits of a reference record, each on the revision the previous left, and adds, then puts the record back', async () => {
    const { root, resourcesDir, dataDir } = await makeTestFolders();
    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    opened.push({ desk, root });
    const first = makeTestDataset().records[0];
    const reference = first && (await desk.records.findRecord(first.id, first.country));
    if (!reference) throw new Error('the test dataset has no record');

    const [figure] = await measureRecordSaves([{ handlers: createHandlers(desk), reference }], { runs: 10 });
    expect(figure).toMatchObject({ measured: true, runs: 10 });
    if (figure?.measured) expect(figure.p95).toBeGreaterThanOrEqual(figure.median);

    // Runs 0–6, 8 and 9 edit (the title alternating), run 7 adds a copy; the odd ninth edit is then undone by one more.
    const detail = await desk.officer.detail(reference.id);
    expect(detail?.history.map((revision) => revision.action)).toEqual(Array.from({ length: 10 }, () => 'edited'));
    expect(detail?.history.map((revision) => revision.record.title.vi === reference.title.vi)).toEqual([false, true, false, true, false, true, false, true, false, true]);
    expect(detail?.history[0]?.record.title.en).toBe(`${reference.title.en} (updated)`);
    expect(await desk.records.findRecord(reference.id, reference.country)).toEqual(reference);

    const added = await desk.officer.detail(`${reference.id}-bench-7`);
    expect(added?.history.map((revision) => revision.action)).toEqual(['added', 'undone']);
    expect(await desk.records.findRecord(`${reference.id}-bench-7`)).toBeUndefined();
    expect((await readdir(path.join(dataDir, OFFICER_FOLDER))).length).toBeGreaterThan(0);
  }, 60_000);
});
