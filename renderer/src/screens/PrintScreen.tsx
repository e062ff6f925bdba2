import { useEffect, useMemo } from 'react';
import { briefFileName } from '../../../app/shared/briefs/brief-file-name';
import { parseBriefPrintRoute } from '../../../app/shared/briefs/brief-print-route';
import { PRINT_ERROR_KEY, PRINT_STATE_KEY } from '../../../app/shared/briefs/print-state';
import { api } from '../api';
import { BriefDocument } from '../brief/BriefDocument';
import { loadBriefFonts } from '../brief/load-brief-fonts';
import { RequestFailure } from '../components/RequestFailure';
import { useRequest } from '../use-request';

/**
 * The print route (`#/print?spec=…`): the brief alone, as the PDF prints it, with no app around it.
 * It tells the printer when it is ready (data shown, fonts loaded) or why it failed.
 */
export function PrintScreen() {
  const route = useMemo(() => parseBriefPrintRoute(window.location.hash), []);
  const [brief] = useRequest(
    () => (route ? api.getBrief(route.spec) : Promise.reject(new Error('the print address is not valid'))),
    [route],
  );

  useEffect(() => {
    const root = document.documentElement;
    if (brief.status === 'done') {
      document.title = briefFileName(brief.value.spec).replace(/\.pdf$/, '');
      void loadBriefFonts().then(() => {
        root.dataset[PRINT_STATE_KEY] = 'ready';
      });
    } else if (brief.status === 'failed') {
      root.dataset[PRINT_ERROR_KEY] = brief.error instanceof Error ? brief.error.message : String(brief.error);
      root.dataset[PRINT_STATE_KEY] = 'failed';
    }
  }, [brief]);

  if (brief.status === 'loading') return null;
  if (brief.status === 'failed') return <RequestFailure error={brief.error} />;
  return <BriefDocument data={brief.value} layout={route} mode="print" />;
}
