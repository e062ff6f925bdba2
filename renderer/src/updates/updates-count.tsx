import { createContext, useContext, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { api } from '../api';
import { useRequest } from '../use-request';

interface UpdatesCount {
  /** How many updates wait for the officer's decision (0 until known). */
  count: number;
  /** Asks again, after a change the screen made (a pack imported, an update resolved or undone). */
  refresh: () => void;
}

const UpdatesCountContext = createContext<UpdatesCount | undefined>(undefined);

/**
 * Counts the Updates list for the header's badge: asked on every screen change and after `refresh`. A failure
 * leaves the badge out; the Updates screen itself shows the error.
 */
export function UpdatesCountProvider({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  const [updates, { reload }] = useRequest(() => api.listRecordUpdates({}), [pathname]);
  const known = updates.status === 'done' ? updates.value : updates.status === 'loading' ? updates.previous : undefined;
  return <UpdatesCountContext.Provider value={{ count: known?.length ?? 0, refresh: reload }}>{children}</UpdatesCountContext.Provider>;
}

export function useUpdatesCount(): UpdatesCount {
  const value = useContext(UpdatesCountContext);
  if (value === undefined) throw new Error('useUpdatesCount needs an UpdatesCountProvider');
  return value;
}
