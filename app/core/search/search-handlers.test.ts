import { describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { dispatchRequest } from '../dispatch-request';
import { createHandlers } from '../handlers';
import { makeTestFolders } from '../testing/test-dataset';

async function openTestDesk() {
  const { resourcesDir, dataDir } = await makeTestFolders();
  const desk = await openDesk({ dataDir, resourcesDir, access: 'write' });
  await desk.search.ready;
  return { desk, handlers: createHandlers(desk) };
}

describe('the search request', () => {
  it('finds records in either language, without diacritics, best first', async () => {
    const { desk, handlers } = await openTestDesk();
    const vietnamese = await handlers.search({ query: 'thiet lap quan he' });
    expect(vietnamese[0]).toMatchObject({ type: 'record', id: 'az-relations-1992', country: 'AZ', kind: 'relations' });
    expect(vietnamese[0]?.title).toEqual({ vi: 'Thiết lập quan hệ ngoại giao', en: 'Diplomatic relations established' });
    expect(vietnamese[0]?.terms).toEqual(expect.arrayContaining(['Thiết', 'lập']));

    const english = await handlers.search({ query: 'turnover' });
    expect(english.map((hit) => hit.id)).toEqual(['by-trade-2024']);
    expect(await handlers.search({ query: 'relations', country: 'BY' })).toEqual([]);
    await desk.close();
  });

  it('includes personal notes as they are saved, and drops them when they go to the trash', async () => {
    const { desk, handlers } = await openTestDesk();
    await desk.notes.save({ id: 'note-0001-kefir', country: 'BY', body: 'Hỏi về nhà máy sữa Minsk', tags: ['sữa'], pinned: false });
    expect(await handlers.search({ query: 'nha may sua' })).toEqual([
      expect.objectContaining({ type: 'note', id: 'note-0001-kefir', country: 'BY', kind: 'note' }),
    ]);

    await desk.notes.moveToTrash('note-0001-kefir');
    expect(await handlers.search({ query: 'nha may sua' })).toEqual([]);
    await desk.notes.restoreFromTrash('note-0001-kefir');
    expect(await handlers.search({ query: 'nha may sua' })).toHaveLength(1);
    await desk.close();
  });

  it('finds the notes already in the data folder when it opens', async () => {
    const { resourcesDir, dataDir } = await makeTestFolders();
    const first = await openDesk({ dataDir, resourcesDir, access: 'write' });
    await first.notes.save({ id: 'note-0002-visa', country: 'AZ', body: 'Gặp Đại sứ về thị thực', tags: [], pinned: false });
    await first.close();

    const again = await openDesk({ dataDir, resourcesDir, access: 'read' });
    expect((await createHandlers(again).search({ query: 'dai su' })).map((hit) => hit.id)).toEqual(['note-0002-visa']);
    await again.close();
  });

  it.each([
    [{ query: '' }, 'query'],
    [{ query: 'x'.repeat(201) }, 'query'],
    [{ query: 'visa', limit: 0 }, 'limit'],
    [{ query: 'visa', country: 'az' }, 'country'],
  ])('refuses %j at the edge', async (input, field) => {
    const { desk, handlers } = await openTestDesk();
    const reply = await dispatchRequest(handlers, 'search', input);
    expect(reply).toMatchObject({ ok: false, error: { code: 'invalid-input', params: { request: 'search' } } });
    expect(reply.ok ? '' : String(reply.error.params.detail)).toContain(field);
    await desk.close();
  });
});
