import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NotesImportReport } from '../../../app/shared/notes/note-requests';
import { api } from '../api';

type ImportStep =
  | { step: 'choosing' }
  | { step: 'previewing'; fileName: string; text: string; report: NotesImportReport }
  | { step: 'importing'; fileName: string };

interface NotesImportControlProps {
  /** A file was chosen or an import confirmed: earlier failures are no longer current. */
  onStart(): void;
  onImported(fileName: string, report: NotesImportReport): void;
  onFailure(error: unknown): void;
}

/**
 * Imports an export file in two steps: the file is checked in full and what importing it would do is
 * shown (a dry run, changing nothing); only "Import" writes, with the import's progress shown meanwhile.
 */
export function NotesImportControl({ onStart, onImported, onFailure }: NotesImportControlProps) {
  const { t } = useTranslation('notes');
  const inputId = useId();
  const [state, setState] = useState<ImportStep>({ step: 'choosing' });

  const preview = (file: File) => {
    onStart();
    file
      .text()
      .then(async (text) => ({ text, report: await api.importNotes({ text, fileName: file.name, dryRun: true }) }))
      .then(({ text, report }) => setState({ step: 'previewing', fileName: file.name, text, report }), onFailure);
  };

  const confirm = (fileName: string, text: string) => {
    onStart();
    setState({ step: 'importing', fileName });
    api
      .importNotes({ text, fileName })
      .then((report) => onImported(fileName, report), onFailure)
      .finally(() => setState({ step: 'choosing' }));
  };

  return (
    <>
      {/* The browser's own file control speaks the browser's language; the label, styled as a button, speaks ours. */}
      <input
        id={inputId}
        type="file"
        className="visually-hidden notes-screen__file"
        accept="application/json,.json"
        disabled={state.step === 'importing'}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = '';
          if (file) preview(file);
        }}
      />
      <label htmlFor={inputId} className="notes-screen__import">
        {t('exchange.import')}
      </label>
      {state.step === 'previewing' && (
        <section aria-label={t('exchange.previewLabel')} className="notes-screen__import-preview">
          <p>{t('exchange.preview', { fileName: state.fileName, ...state.report })}</p>
          <button type="button" onClick={() => confirm(state.fileName, state.text)}>
            {t('exchange.confirm')}
          </button>
          <button type="button" onClick={() => setState({ step: 'choosing' })}>
            {t('exchange.cancel')}
          </button>
        </section>
      )}
      {state.step === 'importing' && (
        <p role="status">
          <progress aria-label={t('exchange.importing', { fileName: state.fileName })} /> {t('exchange.importing', { fileName: state.fileName })}
        </p>
      )}
    </>
  );
}
