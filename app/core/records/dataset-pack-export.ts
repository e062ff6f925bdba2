import { AppError } from '../../shared/app-error';
import { datasetSchemaProblems, describeDatasetProblems } from '../../shared/records/dataset-problems';
import { DATASET_SCHEMA_VERSION, type Article, type Country, type Dataset, type RelationsRecord } from '../../shared/records/record-schema';

/** One country of the merged view as the export reads it: its retired records already left out. */
export interface ExportedCountry {
  country: Country;
  records: readonly RelationsRecord[];
  /** The articles the records cite. */
  articles: readonly Article[];
}

/**
 * The version of an exported pack: the reference's first three parts and the minute of the export, so it is
 * newer than the reference it was made on (a folder that imports it keeps it until a newer dataset arrives)
 * and than an earlier export of the same reference.
 */
export function exportedDatasetVersion(referenceVersion: string, now: Date): string {
  const minute = Math.floor(now.getTime() / 60_000);
  return [...referenceVersion.split('.').slice(0, 3), String(minute)].join('.');
}

/**
 * The merged view as a dataset pack another folder's `dataset import` accepts: the countries that have records,
 * their records, the articles they cite (once each), and `related` links only to records the pack holds (a
 * link to a retired record goes with it). The pack is checked by the one dataset schema before it is returned.
 */
export function buildDatasetPack(views: readonly ExportedCountry[], referenceVersion: string, now: Date): Dataset {
  const withRecords = views.filter((view) => view.records.length > 0);
  const ids = new Set(withRecords.flatMap((view) => view.records.map((record) => record.id)));
  const articles = new Map(withRecords.flatMap((view) => view.articles.map((article) => [article.id, article] as const)));
  const records = withRecords.flatMap((view) =>
    view.records.map((record): RelationsRecord => {
      if (record.related === undefined) return record;
      const related = record.related.filter((id) => ids.has(id));
      if (related.length > 0) return { ...record, related };
      return Object.fromEntries(Object.entries(record).filter(([key]) => key !== 'related')) as RelationsRecord;
    }),
  );
  const pack: Dataset = {
    schemaVersion: DATASET_SCHEMA_VERSION,
    datasetVersion: exportedDatasetVersion(referenceVersion, now),
    asOf: now.toISOString().slice(0, 10),
    articles: [...articles.values()],
    countries: withRecords.map((view) => view.country),
    records,
  };
  const problems = datasetSchemaProblems(pack);
  if (problems.length > 0) throw new AppError('dataset-invalid', { path: pack.datasetVersion, detail: describeDatasetProblems(problems) });
  return pack;
}
