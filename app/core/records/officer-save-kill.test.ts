import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { killWhenTold } from '../testing/kill-when-told';
import { makeTestFolders } from '../testing/test-dataset';

const editForever = fileURLToPath(new URL('../testing/edit-record-forever.ts', import.meta.url));
const RECORD = 'az-relations-1992';


describe('a process killed while it saves a record of the officer', () => {
  it.each([1, 5, 20])('leaves the record readable, as the last save or the one before it (killed in save %i)', async (saves) => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const reader = await openDesk({ dataDir, resourcesDir, access: 'read' });
    const referenceTitle = (await reader.officer.detail(RECORD))?.record.title.vi;
    await reader.close();
    await killWhenTold(editForever, [dataDir, resourcesDir, RECORD], `saving ${saves}`);

    const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
    try {
      expect(desk.notices).toEqual([]);
      const detail = await desk.officer.detail(RECORD);
      // Killed while save `saves` was under way: either it reached the disk whole or the save before it stands.
      const title = detail?.record.title.vi;
      const before = saves === 1 ? referenceTitle : `Sửa lần ${saves - 1}`;
      expect([before, `Sửa lần ${saves}`]).toContain(title);
      if (title !== referenceTitle) expect(detail?.history.at(-1)?.record.title.vi).toBe(title);
      // The folder still takes the next edit.
      await desk.officer.edit(RECORD, { ...detail!.record, title: { ...detail!.record.title, vi: 'Sau khi khởi động lại' } }, [], detail!.mark.revision);
      expect((await desk.officer.detail(RECORD))?.record.title.vi).toBe('Sau khi khởi động lại');
    } finally {
      await desk.close();
    }
  }, 30_000);
});
