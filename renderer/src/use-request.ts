import { useCallback, useEffect, useState } from 'react';
import { RequestError } from './api';
import { onHostBack } from './host-connection';

/** A request's state; while loading, `previous` is the last value shown, so a screen can keep it in view. */
export type RequestState<T> =
  | { status: 'loading'; previous: T | undefined }
  | { status: 'done'; value: T }
  | { status: 'failed'; error: unknown };

export interface RequestControls<T> {
  /** Runs the request again. */
  reload(): void;
  /** Changes the value on screen after a change the screen made itself (a note saved, one removed). */
  update(change: (value: T) => T): void;
}

interface Settled<T> {
  key: string;
  result: RequestState<T>;
  /** The last value that arrived, for any key. */
  last: T | undefined;
}

/**
 * The renderer's one request hook: runs `run` whenever `deps` (JSON-comparable values) change, or
 * `reload` is called, and tracks its state; a reply for older deps is dropped. A request that failed
 * because the browser host had stopped runs again by itself when the host is back.
 */
export function useRequest<T>(run: () => Promise<T>, deps: readonly unknown[]): [RequestState<T>, RequestControls<T>] {
  const [generation, setGeneration] = useState(0);
  const key = `${generation}:${JSON.stringify(deps)}`;
  const [state, setState] = useState<Settled<T>>({ key: '', result: { status: 'loading', previous: undefined }, last: undefined });

  useEffect(() => {
    let current = true;
    run().then(
      (value) => current && setState({ key, result: { status: 'done', value }, last: value }),
      (error: unknown) => current && setState((s) => ({ key, result: { status: 'failed', error }, last: s.last })),
    );
    return () => {
      current = false;
    };
    // The request is identified by `key`; `run` is a fresh closure on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  const update = useCallback(
    (change: (value: T) => T) =>
      setState((s) => {
        if (s.result.status !== 'done') return s;
        const value = change(s.result.value);
        return { ...s, result: { status: 'done', value }, last: value };
      }),
    [],
  );
  const result: RequestState<T> = state.key === key ? state.result : { status: 'loading', previous: state.last };
  const waitingForHost = result.status === 'failed' && result.error instanceof RequestError && result.error.code === 'host-stopped';
  useEffect(() => (waitingForHost ? onHostBack(reload) : undefined), [waitingForHost, reload]);
  return [result, { reload, update }];
}
