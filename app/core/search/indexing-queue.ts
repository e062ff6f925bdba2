const SLICE_MILLISECONDS = 12;
const ITEMS_BETWEEN_CLOCK_READS = 32;

/**
 * Indexes queued items off the critical path: in slices of about 12 ms between other work on the event
 * loop, so opening the app does not wait for tens of thousands of documents. `drain` indexes whatever is
 * left at once, for a search that needs the whole index now. The slices do not keep the process alive.
 */
export interface IndexingQueue<T> {
  enqueue(items: readonly T[]): void;
  drain(): void;
  clear(): void;
}

export function createIndexingQueue<T>(indexItem: (item: T) => void): IndexingQueue<T> {
  let items: T[] = [];
  let next = 0;
  let scheduled: NodeJS.Immediate | undefined;

  function indexUntil(deadline: number): void {
    while (next < items.length) {
      const end = Math.min(next + ITEMS_BETWEEN_CLOCK_READS, items.length);
      while (next < end) indexItem(items[next++] as T);
      if (performance.now() >= deadline) break;
    }
    if (next === items.length) {
      items = [];
      next = 0;
    }
  }

  function runSlice(): void {
    scheduled = undefined;
    indexUntil(performance.now() + SLICE_MILLISECONDS);
    schedule();
  }

  function schedule(): void {
    if (scheduled === undefined && next < items.length) scheduled = setImmediate(runSlice).unref();
  }

  return {
    enqueue(newItems) {
      for (const item of newItems) items.push(item);
      schedule();
    },
    drain() {
      indexUntil(Number.POSITIVE_INFINITY);
    },
    clear() {
      items = [];
      next = 0;
    },
  };
}
