import { describe, expect, it } from 'vitest';
import { openDesk } from '../desk';
import { startDeskWriter } from '../testing/desk-writer-process';
import { makeTestFolders } from '../testing/test-dataset';

const READERS = 30;
/** The readers before the notes import; the others run while the import writes the search index. */
const BEFORE_IMPORT = 10;

/** One read-only command's search, as `country-desk search` does it: its own desk, opened for reading. */
async function readOnlySearch(dataDir: string, resourcesDir: string): Promise<string | undefined> {
  try {
    const desk = await openDesk({ dataDir, resourcesDir, access: 'read' });
    try {
      await desk.search.ready;
      if (desk.search.search('ngoại giao', { types: ['record'] }).length === 0) return 'no record found';
      if (desk.search.search('ghi chú', { types: ['note'] }).length === 0) return 'no note found';
    } finally {
      await desk.close();
    }
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('searching beside a running writer', () => {
  it('every read-only search succeeds while another process saves notes and imports notes', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const writer = startDeskWriter(dataDir, resourcesDir);
    try {
      await writer.next('ready');
      writer.send({ do: 'churn' });
      const failures: string[] = [];
      for (let reader = 0; reader < READERS; reader += 1) {
        // Each reader before the import starts after one more save: the saves go on between and during the reads.
        if (reader < BEFORE_IMPORT) await writer.next('churned');
        if (reader === BEFORE_IMPORT) {
          writer.send({ do: 'import', count: 300 });
          await writer.next('indexing');
        }
        const failure = await readOnlySearch(dataDir, resourcesDir);
        if (failure !== undefined) failures.push(`reader ${reader}: ${failure}`);
      }
      await writer.next('imported');
      writer.send({ do: 'stop' });
      await writer.next('stopped');
      expect(failures).toEqual([]);
      expect(await writer.exited).toBe(0);
    } finally {
      writer.child.kill('SIGKILL');
    }
  }, 120_000);

  it('a reader sees the last committed state of the search index, not a write under way', async () => {
    const { dataDir, resourcesDir } = await makeTestFolders();
    const writer = startDeskWriter(dataDir, resourcesDir);
    try {
      await writer.next('ready');
      writer.send({ do: 'save', id: 'committed-note' });
      await writer.next('saved');
      writer.send({ do: 'hold-index-write' });
      await writer.next('holding');
      const failures: string[] = [];
      for (let reader = 0; reader < 5; reader += 1) {
        const failure = await readOnlySearch(dataDir, resourcesDir);
        if (failure !== undefined) failures.push(`reader ${reader}: ${failure}`);
      }
      writer.send({ do: 'end-index-write' });
      await writer.next('ended');
      writer.send({ do: 'stop' });
      await writer.next('stopped');
      expect(failures).toEqual([]);
    } finally {
      writer.child.kill('SIGKILL');
    }
  }, 60_000);
});
