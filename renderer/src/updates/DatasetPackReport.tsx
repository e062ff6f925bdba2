import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { DatasetPackReport as Report } from '../../../app/shared/records/record-layers';

/** How many ids of one list the report shows; the rest are counted. */
const SHOWN_IDS = 100;

function IdList({ label, ids, note }: { label: string; ids: readonly string[]; note?: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section className="pack-report__list" aria-labelledby={headingId}>
      <h4 id={headingId}>{t('updates:report.count', { label, count: ids.length })}</h4>
      {note && ids.length > 0 && <p>{note}</p>}
      {ids.length > 0 && (
        <ul>
          {ids.slice(0, SHOWN_IDS).map((id) => (
            <li key={id}>
              <code>{id}</code>
            </li>
          ))}
          {ids.length > SHOWN_IDS && <li>{t('updates:report.more', { count: ids.length - SHOWN_IDS })}</li>}
        </ul>
      )}
    </section>
  );
}

/** What a dataset pack import does (or, on the dry run, would do): versions, new, changed, removed, conflicts. */
export function DatasetPackReport({ report }: { report: Report }) {
  const { t } = useTranslation();
  return (
    <div className="pack-report">
      <p>{t('updates:report.versions', { from: report.fromVersion, to: report.toVersion })}</p>
      <p>{t('updates:report.totals', { records: report.records, countries: report.countries })}</p>
      <IdList label={t('updates:report.conflicts')} ids={report.conflicts} note={t('updates:report.conflictsNote')} />
      <IdList label={t('updates:report.added')} ids={report.added} />
      <IdList label={t('updates:report.changed')} ids={report.changed} />
      <IdList label={t('updates:report.removed')} ids={report.removed} />
      {report.notesOnRemovedRecords > 0 && <p>{t('updates:report.notesOnRemoved', { count: report.notesOnRemovedRecords })}</p>}
    </div>
  );
}
