import { z } from 'zod';
import { datasetReferenceIssues } from '../../shared/records/dataset-references';
import { datasetSchema, datasetVersionSchema, type Dataset } from '../../shared/records/record-schema';

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBilingual = (value: unknown) => isObject(value) && typeof value.vi === 'string' && typeof value.en === 'string';

/** A record's identity and texts are there (the cheap check of a file written from a validated dataset). */
export function isRecordShaped(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.kind === 'string' &&
    typeof value.country === 'string' &&
    isBilingual(value.title) &&
    isBilingual(value.summary) &&
    Array.isArray(value.sources)
  );
}

function hasDatasetStructure(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.schemaVersion === 'number' &&
    datasetVersionSchema.safeParse(value.datasetVersion).success &&
    typeof value.asOf === 'string' &&
    Array.isArray(value.articles) &&
    Array.isArray(value.countries) &&
    value.countries.every((country) => isObject(country) && typeof country.code === 'string' && isBilingual(country.name)) &&
    Array.isArray(value.records) &&
    value.records.every(isRecordShaped)
  );
}

/**
 * The check records.json gets when it is opened: the structure of a dataset (its fields, and the identity
 * and texts of every country and record) and its cross-references, not every field of every record again.
 * The file is only ever written from a dataset validated in full by `datasetSchema` (the bundled one, or an
 * imported file), and checking all 60,000 records of a large one again costs half a second at every start.
 * A file that fails is described by `datasetSchema` itself, so its messages are the ones `check` prints.
 */
export const datasetStructureSchema = z.custom<Dataset>().superRefine((value, ctx) => {
  const issues = hasDatasetStructure(value) ? datasetReferenceIssues(value) : fullSchemaIssues(value);
  for (const issue of issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
});

function fullSchemaIssues(value: unknown): { path: PropertyKey[]; message: string }[] {
  const result = datasetSchema.safeParse(value);
  return result.success ? [{ path: [], message: 'not the structure of a dataset' }] : result.error.issues;
}
