import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { createIndexingQueue } from './indexing-queue';

async function waitFor(condition: () => boolean): Promise<void> {
  for (let turn = 0; turn < 1000 && !condition(); turn += 1) await nextTurn();
}

describe('createIndexingQueue', () => {
  it('indexes queued items in the background, in order', async () => {
    const indexed: number[] = [];
    const queue = createIndexingQueue<number>((item) => indexed.push(item));
    const items = Array.from({ length: 5000 }, (_, item) => item);
    queue.enqueue(items);
    expect(indexed).toEqual([]);
    await waitFor(() => indexed.length === items.length);
    expect(indexed).toEqual(items);
  });

  it('indexes everything left at once when drained', () => {
    const indexed: string[] = [];
    const queue = createIndexingQueue<string>((item) => indexed.push(item));
    queue.enqueue(['a', 'b']);
    queue.enqueue(['c']);
    queue.drain();
    expect(indexed).toEqual(['a', 'b', 'c']);
    queue.drain();
    expect(indexed).toEqual(['a', 'b', 'c']);
  });

  it('forgets what is queued when cleared', async () => {
    const indexed: string[] = [];
    const queue = createIndexingQueue<string>((item) => indexed.push(item));
    queue.enqueue(['old']);
    queue.clear();
    queue.enqueue(['new']);
    await waitFor(() => indexed.length > 0);
    queue.drain();
    expect(indexed).toEqual(['new']);
  });
});
