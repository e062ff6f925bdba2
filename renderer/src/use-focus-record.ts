import { useEffect } from 'react';
import { useLocation, useSearchParams } from 'react-router';
import { recordHeadingId } from './components/RecordEntry';

/**
 * Takes the officer to the record named by `?record=ID` once the page shows it: scrolls its heading into
 * view and focuses it. Runs again on every navigation, so following the same link twice still works.
 */
export function useFocusRecord(ready: boolean): void {
  const [params] = useSearchParams();
  const { key } = useLocation();
  const recordId = params.get('record');

  useEffect(() => {
    if (!ready || !recordId) return;
    const heading = document.getElementById(recordHeadingId(recordId));
    heading?.scrollIntoView({ block: 'start' });
    heading?.focus({ preventScroll: true });
  }, [ready, recordId, key]);
}
