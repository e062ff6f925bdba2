import { useEffect, useId, useRef, useState, type ChangeEvent, type ReactNode, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DatasetPackReport as Report } from '../../../app/shared/records/record-layers';
import { api, RequestError } from '../api';
import { RequestFailure } from '../components/RequestFailure';
import { DatasetPackReport } from './DatasetPackReport';
import { useUpdatesCount } from './updates-count';
import './DatasetPackImport.css';

type Step =
  | { kind: 'idle' }
  | { kind: 'running'; fileName: string; phase: 'reading' | 'checking' | 'importing' }
  | { kind: 'checked'; fileName: string; text: string; report: Report }
  | { kind: 'imported'; fileName: string; report: Report }
  | { kind: 'failed'; fileName: string; error: unknown };

/** The core names a refused pack by the temporary file it read; the officer knows it by the name they chose. */
function namedAsChosen(error: unknown, fileName: string): unknown {
  if (!(error instanceof RequestError) || typeof error.params.path !== 'string') return error;
  return new RequestError({ code: error.code, params: { ...error.params, path: fileName } });
}

/** A step's outcome, under a heading that takes the focus when it appears. */
function PackResult({ heading, headingRef, children }: { heading: string; headingRef: RefObject<HTMLHeadingElement | null>; children: ReactNode }) {
  return (
    <div className="pack-import__result">
      <h3 ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      {children}
    </div>
  );
}

/**
 * Imports a dataset pack the officer chose: first a dry run whose report (new, changed, removed, conflicts)
 * they read, then the import itself when they say so. A pack that does not parse or validate is refused with
 * its one message, and nothing changes.
 */
export function DatasetPackImport() {
  const { t } = useTranslation();
  const { refresh } = useUpdatesCount();
  const inputId = useId();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const [step, setStep] = useState<Step>({ kind: 'idle' });

  useEffect(() => {
    if (step.kind === 'checked' || step.kind === 'imported' || step.kind === 'failed') resultHeading.current?.focus();
  }, [step.kind]);

  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    const fileName = file.name;
    setStep({ kind: 'running', fileName, phase: 'reading' });
    file
      .text()
      .then(async (text) => {
        setStep({ kind: 'running', fileName, phase: 'checking' });
        const report = await api.importDatasetPack({ fileName, text, dryRun: true });
        setStep({ kind: 'checked', fileName, text, report });
      })
      .catch((error: unknown) => setStep({ kind: 'failed', fileName, error: namedAsChosen(error, fileName) }));
  };

  const performImport = (fileName: string, text: string) => {
    setStep({ kind: 'running', fileName, phase: 'importing' });
    api.importDatasetPack({ fileName, text, dryRun: false }).then(
      (report) => {
        setStep({ kind: 'imported', fileName, report });
        refresh();
      },
      (error: unknown) => setStep({ kind: 'failed', fileName, error: namedAsChosen(error, fileName) }),
    );
  };

  const running = step.kind === 'running';
  return (
    <section className="pack-import" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('updates:data.importHeading')}</h2>
      <p>{t('updates:data.fileHint')}</p>
      <input id={inputId} type="file" className="visually-hidden pack-import__file" accept=".json,application/json" disabled={running} onChange={choose} />
      <label htmlFor={inputId} className="pack-import__choose" aria-disabled={running}>
        {t('updates:data.file')}
      </label>
      {running && (
        <div role="status" className="pack-import__progress">
          <progress aria-label={t(`updates:data.${step.phase}`, { file: step.fileName })} />
          <span>{t(`updates:data.${step.phase}`, { file: step.fileName })}</span>
        </div>
      )}
      {step.kind === 'failed' && (
        <PackResult heading={step.fileName} headingRef={resultHeading}>
          <RequestFailure error={step.error} />
          <p>{t('updates:data.failedNothingChanged')}</p>
        </PackResult>
      )}
      {step.kind === 'checked' && (
        <PackResult heading={t('updates:data.checkedHeading', { file: step.fileName })} headingRef={resultHeading}>
          <p>{t('updates:data.checkedNote')}</p>
          <DatasetPackReport report={step.report} />
          <div className="pack-import__actions">
            <button type="button" onClick={() => performImport(step.fileName, step.text)}>
              {t('updates:data.import')}
            </button>
            <button type="button" onClick={() => setStep({ kind: 'idle' })}>
              {t('updates:data.chooseAnother')}
            </button>
          </div>
        </PackResult>
      )}
      {step.kind === 'imported' && (
        <PackResult heading={t('updates:data.importedHeading', { file: step.fileName })} headingRef={resultHeading}>
          <DatasetPackReport report={step.report} />
          {step.report.conflicts.length > 0 && <Link to="/updates">{t('updates:data.reviewUpdates', { count: step.report.conflicts.length })}</Link>}
        </PackResult>
      )}
    </section>
  );
}
