import { z } from 'zod';
import type { Dataset } from '../../shared/records/record-schema';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
const isBilingual = (value: unknown) => isObject(value) && typeof value.vi === 'string' && typeof value.en === 'string';

function isRecordShaped(value: unknown): boolean {
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
    typeof value.datasetVersion === 'string' &&
    value.datasetVersion !== '' &&
    typeof value.asOf === 'string' &&
    Array.isArray(value.articles) &&
    Array.isArray(value.countries) &&
    value.countries.every((country) => isObject(country) && typeof country.code === 'string' && isBilingual(country.name)) &&
    Array.isArray(value.records) &&
    value.records.every(isRecordShaped)
  );
}

/**
 * The check records.json gets when it is opened: the structure of a dataset (its fields, and the
 * identity and texts of every country and record), not every field of every record again. The file
 * is only ever written from a dataset validated in full by `datasetSchema` (the bundled one, or an
 * imported file), and checking all 60,000 records of a large one again costs half a second at every
 * start. A damaged file still fails: it does not parse, or it lacks this structure.
 */
export const datasetStructureSchema = z.custom<Dataset>(hasDatasetStructure, 'not the structure of a dataset');
