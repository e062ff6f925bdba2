import { useSyncExternalStore } from 'react';

/**
 * Whether the browser host answers: `stopped` while it cannot be reached (it was stopped, or is
 * restarting), `refused` when it answers but does not take this page's token (a tokenless visit,
 * another data folder on this port). Electron has no host, so it stays `connected`.
 */
export type HostConnection = 'connected' | 'stopped' | 'refused';

/** How often a stopped host is asked again. */
const PROBE_INTERVAL_MS = 1000;

let connection: HostConnection = 'connected';
let probing = false;
const listeners = new Set<() => void>();

function set(next: HostConnection): void {
  if (connection === next) return;
  connection = next;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The transport heard from the host: it took the token, or refused it. */
export function reportHostAnswered(answer: 'connected' | 'refused'): void {
  set(answer);
}

/** The transport could not reach the host: asks `probe` every second until the host answers. */
export function reportHostUnreachable(probe: () => Promise<HostConnection>): void {
  set('stopped');
  if (probing) return;
  probing = true;
  const again = () =>
    setTimeout(() => {
      const onAnswer = (answer: HostConnection) => {
        if (answer === 'stopped') return again();
        probing = false;
        set(answer);
      };
      // A probe that throws is a host that did not answer.
      void probe().then(onAnswer, () => again());
    }, PROBE_INTERVAL_MS);
  again();
}

/** Calls `listener` each time the host answers again after a stop (at once when it already does). */
export function onHostBack(listener: () => void): () => void {
  if (connection === 'connected') {
    listener();
    return () => undefined;
  }
  return subscribe(() => {
    if (connection === 'connected') listener();
  });
}

export function useHostConnection(): HostConnection {
  return useSyncExternalStore(subscribe, () => connection);
}
