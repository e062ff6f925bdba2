import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../app-error';
import { packageRoot } from '../package-root';
import { datasetSchema, type Dataset } from './record-schema';

export function bundledDatasetPath(resourcesDir = path.join(packageRoot(), 'resources')): string {
  return path.join(resourcesDir, 'dataset', 'dataset.json');
}

/** Reads and validates a dataset file; a file that does not parse or validate is refused. */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new AppError('dataset-invalid', { path: file, detail: (error as Error).message }, { cause: error });
  }
  const result = datasetSchema.safeParse(raw);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new AppError('dataset-invalid', { path: file, detail: `${issue?.path.join('.')}: ${issue?.message}` });
  }
  return result.data;
}

export function loadBundledDataset(resourcesDir?: string): Promise<Dataset> {
  return loadDatasetFile(bundledDatasetPath(resourcesDir));
}
