import type { ReactNode } from 'react';
import { useHostConnection } from '../host-connection';
import { HostStoppedNotice } from './HostStoppedNotice';
import { OpenFromLinkPage } from './OpenFromLinkPage';

/**
 * Puts the browser host's state above the screens: a notice while it is stopped (the screens reload by
 * themselves when it is back), and how to open the app when it refuses this page's token.
 */
export function HostConnectionGate({ children }: { children: ReactNode }) {
  const connection = useHostConnection();
  if (connection === 'refused') return <OpenFromLinkPage />;
  return (
    <>
      {connection === 'stopped' && <HostStoppedNotice />}
      {children}
    </>
  );
}
