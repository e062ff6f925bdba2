import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BriefSpec } from '../../../app/shared/briefs/brief-spec';
import { api } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { downloadPdf } from './download-pdf';

type SaveState = { status: 'idle' } | { status: 'saving' } | { status: 'done'; message: string } | { status: 'failed'; error: unknown };

/** Makes the brief's PDF and saves it: a download in a browser, the save dialog in the desktop app. */
export function SaveBriefButton({ spec, disabled, focusOnOpen }: { spec: BriefSpec; disabled: boolean; focusOnOpen: boolean }) {
  const { t } = useTranslation('briefs');
  const [state, setState] = useState<SaveState>({ status: 'idle' });
  const button = useRef<HTMLButtonElement>(null);
  // In an effect, not `autoFocus`: a dialog closing as the builder opens gives focus back first.
  useEffect(() => {
    if (focusOnOpen) button.current?.focus();
  }, [focusOnOpen]);

  const save = async () => {
    setState({ status: 'saving' });
    try {
      const result = await api.printBrief(spec);
      if (result.outcome === 'download') {
        downloadPdf(result.fileName, result.pdfBase64);
        setState({ status: 'done', message: t('downloaded', { file: result.fileName, pages: result.pages }) });
      } else if (result.outcome === 'saved') {
        setState({ status: 'done', message: t('saved', { file: result.path, pages: result.pages }) });
      } else {
        setState({ status: 'idle' });
      }
    } catch (error) {
      setState({ status: 'failed', error });
    }
  };

  return (
    <div className="save-brief">
      <button ref={button} type="button" onClick={() => void save()} disabled={disabled || state.status === 'saving'}>
        {t('save')}
      </button>
      <div role="status">
        {state.status === 'saving' && t('saving')}
        {state.status === 'done' && state.message}
      </div>
      {state.status === 'failed' && <RequestFailure error={state.error} />}
    </div>
  );
}
