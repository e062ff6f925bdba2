import { datasetSchema } from './record-schema';

/** One thing wrong (error) or worth a look (warning) in a dataset, located by a readable path. */
export interface DatasetProblem {
  severity: 'error' | 'warning';
  /** Where, e.g. `records[12] (kg-trade-2023).date`; `(dataset)` for the whole file. */
  path: string;
  /** One line of English. */
  message: string;
}

type Segment = PropertyKey;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `records[12] (kg-trade-2023).sources[0].passage`: array items are labelled by their id or code. */
export function formatDatasetPath(raw: unknown, at: readonly Segment[]): string {
  let out = '';
  let node: unknown = raw;
  for (const segment of at) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const label = isObject(node) ? (typeof node.id === 'string' ? node.id : typeof node.code === 'string' ? node.code : undefined) : undefined;
      if (label !== undefined) out += ` (${label})`;
    } else {
      out += out === '' ? String(segment) : `.${String(segment)}`;
      node = isObject(node) ? node[segment as string] : undefined;
    }
  }
  return out === '' ? '(dataset)' : out;
}

/** `error: records[12] (kg-trade-2023).date: impossible date 1992-13-40`, on one line. */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.severity}: ${problem.path}: ${problem.message}`.replace(/\s*\n\s*/g, ' ');
}

/** Every error the dataset schema finds in `raw`, each with its readable path; none for a valid dataset. */
export function datasetSchemaProblems(raw: unknown): DatasetProblem[] {
  const result = datasetSchema.safeParse(raw);
  if (result.success) return [];
  return result.error.issues.map((issue) => ({
    severity: 'error',
    path: formatDatasetPath(raw, issue.path),
    message: issue.message.replace(/\s*\n\s*/g, ' '),
  }));
}

/** The problems of an invalid dataset as the detail of one message: `path: message; path: message`. */
export function describeDatasetProblems(problems: readonly DatasetProblem[]): string {
  return problems.map((problem) => `${problem.path}: ${problem.message}`).join('; ');
}
