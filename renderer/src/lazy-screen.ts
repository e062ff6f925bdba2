import { lazy, type ComponentType } from 'react';
import { api } from './api';
import { onHostBack } from './host-connection';

/**
 * A screen whose code is fetched when it is first opened. If the fetch fails because the browser host has
 * stopped, the screen waits (the stopped notice shows) and the page reloads, at the same screen, once the host
 * answers again: the browser remembers a failed module fetch for the page's lifetime, so only a reload can
 * fetch it again. Unsaved note text survives the reload (it is kept in the browser until saved).
 * Any other failure is the screen's own and reaches its error boundary.
 */
export function lazyScreen<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    try {
      return { default: await load() };
    } catch (error) {
      const hostAnswers = await api.getStatus({}).then(
        () => true,
        () => false,
      );
      if (hostAnswers) throw error;
      onHostBack(() => window.location.reload());
      return new Promise<never>(() => undefined);
    }
  });
}
