import type { TFunction } from 'i18next';
import type { DatasetPackReport } from '../../shared/records/record-layers';

/** How many ids a line names before it only counts the rest (`--json` gives them all). */
const IDS_NAMED = 20;

function idList(ids: readonly string[], t: TFunction): string {
  if (ids.length === 0) return t('records.report.none');
  const named = ids.slice(0, IDS_NAMED).join(', ');
  return ids.length > IDS_NAMED ? t('records.report.more', { ids: named, n: ids.length - IDS_NAMED }) : named;
}

/** What a dataset pack import did (or would do): the versions and counts, then the new, changed, removed and conflicting ids. */
export function packReportLines(report: DatasetPackReport, t: TFunction): string[] {
  const lines = [t(report.dryRun ? 'notes:cli.datasetImportPlan' : 'notes:cli.datasetImported', { ...report })];
  for (const part of ['added', 'changed', 'removed', 'conflicts'] as const) {
    lines.push(t(`records.report.${part}`, { n: report[part].length, ids: idList(report[part], t) }));
  }
  if (report.notesOnRemovedRecords > 0) lines.push(t('notes:cli.notesOnRemovedRecords', { count: report.notesOnRemovedRecords }));
  return lines;
}
