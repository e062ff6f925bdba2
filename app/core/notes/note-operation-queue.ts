/**
 * Runs the operations on one note one after the other, and an operation on every note (an import) after
 * all of them and before any that follows.
 */
export interface NoteOperationQueue {
  one<T>(id: string, operation: () => Promise<T>): Promise<T>;
  all<T>(operation: () => Promise<T>): Promise<T>;
  /** Resolves when every operation queued so far has settled. */
  idle(): Promise<void>;
}

const settledOf = (promise: Promise<unknown>): Promise<void> =>
  promise.then(
    () => undefined,
    () => undefined,
  );

export function createNoteOperationQueue(): NoteOperationQueue {
  const queues = new Map<string, Promise<void>>();
  let barrier: Promise<void> = Promise.resolve();

  return {
    one(id, operation) {
      const previous = Promise.all([queues.get(id), barrier]);
      const result = previous.then(operation, operation);
      const settled = settledOf(result);
      queues.set(id, settled);
      void settled.then(() => {
        if (queues.get(id) === settled) queues.delete(id);
      });
      return result;
    },
    all(operation) {
      const result = Promise.all([...queues.values(), barrier]).then(operation);
      barrier = settledOf(result);
      return result;
    },
    async idle() {
      await Promise.all([...queues.values(), barrier]);
    },
  };
}
