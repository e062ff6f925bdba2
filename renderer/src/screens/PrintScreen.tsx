import { useEffect, useMemo } from 'react';
import { briefFileName, briefLanguages } from '../../../app/shared/briefs/brief-spec';
import { parseBriefPrintRoute } from '../../../app/shared/briefs/brief-print-route';
import { PRINT_ERROR_KEY, PRINT_ROUTE_KEY, PRINT_STATE_KEY } from '../../../app/shared/briefs/print-readiness';
import { api } from '../api';
import { BriefDocument } from '../brief/BriefDocument';
import { loadBriefFonts } from '../brief/load-brief-fonts';
import { useLocationHash } from '../brief/use-location-hash';
import { RequestFailure } from '../components/RequestFailure';
import { useRequest } from '../use-request';

/**
 * The print route (`#/print?spec=…`): the brief alone, as the PDF prints it, with no app around it.
 * A printer keeps this page loaded and changes its hash for each brief; the page renders the brief
 * of the hash and tells the printer, for that hash, when it is ready (data shown, fonts loaded) or
 * why it failed (app/shared/briefs/print-readiness.ts).
 */
export function PrintScreen() {
  const hash = useLocationHash();
  const route = useMemo(() => parseBriefPrintRoute(hash), [hash]);
  const [brief] = useRequest(
    () => (route ? api.getBrief(route.spec) : Promise.reject(new Error('the print address is not valid'))),
    [hash],
  );

  useEffect(() => {
    const root = document.documentElement;
    const tell = (state: 'ready' | 'failed', error?: string) => {
      if (error === undefined) delete root.dataset[PRINT_ERROR_KEY];
      else root.dataset[PRINT_ERROR_KEY] = error;
      root.dataset[PRINT_STATE_KEY] = state;
      root.dataset[PRINT_ROUTE_KEY] = hash;
    };
    if (brief.status === 'done') {
      document.title = briefFileName(brief.value.spec).replace(/\.pdf$/, '');
      root.lang = briefLanguages(brief.value.spec.language)[0] ?? 'vi';
      let current = true;
      loadBriefFonts(`${document.body.innerText}${brief.value.spec.label ?? ''}`).then(
        () => current && tell('ready'),
        (error: unknown) => current && tell('failed', error instanceof Error ? error.message : String(error)),
      );
      return () => {
        current = false;
      };
    }
    if (brief.status === 'failed') tell('failed', brief.error instanceof Error ? brief.error.message : String(brief.error));
    return undefined;
  }, [brief, hash]);

  if (brief.status === 'loading') return null;
  if (brief.status === 'failed') return <RequestFailure error={brief.error} />;
  return <BriefDocument data={brief.value} layout={route} mode="print" />;
}
