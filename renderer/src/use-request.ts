import { useCallback, useEffect, useState } from 'react';

export type RequestState<T> = { status: 'loading' } | { status: 'done'; value: T } | { status: 'failed'; error: unknown };

const LOADING = { status: 'loading' } as const;

/**
 * Runs a request whenever `deps` (JSON-comparable values) change, or `reload` is called, and
 * tracks its state; a reply for older deps is dropped.
 */
export function useRequest<T>(run: () => Promise<T>, deps: readonly unknown[]): [RequestState<T>, () => void] {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${JSON.stringify(deps)}`;
  const [state, setState] = useState<{ key: string; result: RequestState<T> }>({ key: '', result: LOADING });

  useEffect(() => {
    let current = true;
    run().then(
      (value) => current && setState({ key, result: { status: 'done', value } }),
      (error: unknown) => current && setState({ key, result: { status: 'failed', error } }),
    );
    return () => {
      current = false;
    };
    // The request is identified by `key`; `run` is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return [state.key === key ? state.result : LOADING, reload];
}
