import { open, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { packageRoot } from '../package-root';
import { datasetSchemaProblems, describeDatasetProblems } from '../../shared/records/dataset-problems';
import { datasetSchema, type Dataset } from '../../shared/records/record-schema';

export function bundledDatasetPath(resourcesDir = path.join(packageRoot(), 'resources')): string {
  return path.join(resourcesDir, 'dataset', 'dataset.json');
}

const BYTE_ORDER_MARK = '\uFEFF';

/** Reads a dataset file as plain JSON (a UTF-8 byte order mark is allowed), without validating it. */
export async function readDatasetJson(file: string): Promise<unknown> {
  try {
    const text = await readFile(file, 'utf8');
    return JSON.parse(text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text) as unknown;
  } catch (error) {
    throw new AppError('dataset-invalid', { path: file, detail: (error as Error).message }, { cause: error });
  }
}

/** Reads and validates a dataset file; one that does not parse or validate is refused, with every problem and its path. */
export async function loadDatasetFile(file: string): Promise<Dataset> {
  const raw = await readDatasetJson(file);
  const result = datasetSchema.safeParse(raw);
  if (!result.success) throw new AppError('dataset-invalid', { path: file, detail: describeDatasetProblems(datasetSchemaProblems(raw)) });
  return result.data;
}

export function loadBundledDataset(resourcesDir?: string): Promise<Dataset> {
  return loadDatasetFile(bundledDatasetPath(resourcesDir));
}

const VERSION_PEEK_BYTES = 4096;
const DATASET_VERSION_FIELD = /"datasetVersion"\s*:\s*"([^"\\]+)"/;

/**
 * The version a dataset file declares, read from its first 4 KB (a dataset file starts with its top-level
 * fields), without parsing the rest; undefined when it is not found there or the file cannot be read.
 */
export async function peekDatasetVersion(file: string): Promise<string | undefined> {
  try {
    const handle = await open(file, 'r');
    try {
      const { buffer, bytesRead } = await handle.read(Buffer.alloc(VERSION_PEEK_BYTES), 0, VERSION_PEEK_BYTES, 0);
      return DATASET_VERSION_FIELD.exec(buffer.toString('utf8', 0, bytesRead))?.[1];
    } finally {
      await handle.close();
    }
  } catch {
    return undefined;
  }
}

/** The dataset the app ships: its version can be checked without loading it (tens of MB at scale). */
export interface BundledDataset {
  /** The version it declares; undefined when only loading it can tell. */
  version(): Promise<string | undefined>;
  load(): Promise<Dataset>;
}

export function bundledDataset(resourcesDir?: string): BundledDataset {
  const file = bundledDatasetPath(resourcesDir);
  return { version: () => peekDatasetVersion(file), load: () => loadDatasetFile(file) };
}
