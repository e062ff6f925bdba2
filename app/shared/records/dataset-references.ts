/**
 * The rules of a dataset that no single field can state: ids and codes unique, every record's country among
 * the dataset's countries, every cited article and related record present, no span that ends before it
 * starts. Written against loose input, because the dataset schema runs it even when fields are invalid, so
 * that one reading reports every problem.
 */

type Segment = string | number;
type Loose = Record<string, unknown>;

/** Where and what: an issue of the dataset schema. */
export type ReferenceIssue = { path: Segment[]; message: string };

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const arrayAt = (owner: Loose, key: string): unknown[] => (Array.isArray(owner[key]) ? owner[key] : []);
const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Maps each value of `key` to its first index; a later duplicate is an issue. */
function firstIndexes(items: unknown[], key: string, list: string, what: string, issues: ReferenceIssue[]): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item[key] !== 'string') return;
    const value = item[key];
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else issues.push({ path: [list, i, key], message: `duplicate ${what} '${value}' (also ${list}[${earlier}])` });
  });
  return first;
}

/** `dateEnd` must not precede `date`, compared at the coarser of the two precisions. */
function endsBeforeItStarts(record: Loose): boolean {
  const { date, dateEnd } = record;
  if (typeof date !== 'string' || typeof dateEnd !== 'string' || !DATE_SHAPE.test(date) || !DATE_SHAPE.test(dateEnd)) return false;
  const n = Math.min(date.length, dateEnd.length);
  return dateEnd.slice(0, n) < date.slice(0, n);
}

function recordIssues(record: Loose, at: Segment[], known: { countries: Map<string, number>; articles: Map<string, number>; records: Map<string, number> }, issues: ReferenceIssue[]): void {
  if (typeof record.country === 'string' && !known.countries.has(record.country)) {
    issues.push({ path: [...at, 'country'], message: `unknown country '${record.country}'` });
  }
  if (endsBeforeItStarts(record)) issues.push({ path: [...at, 'dateEnd'], message: `dateEnd ${String(record.dateEnd)} is before date ${String(record.date)}` });
  arrayAt(record, 'sources').forEach((source, k) => {
    if (isObject(source) && typeof source.article === 'string' && !known.articles.has(source.article)) {
      issues.push({ path: [...at, 'sources', k, 'article'], message: `unknown article '${source.article}'` });
    }
  });
  arrayAt(record, 'related').forEach((id, k) => {
    if (typeof id === 'string' && !known.records.has(id)) issues.push({ path: [...at, 'related', k], message: `unknown related record '${id}'` });
  });
}

/** Every broken reference of a dataset, in the order of the file. */
export function datasetReferenceIssues(dataset: unknown): ReferenceIssue[] {
  const issues: ReferenceIssue[] = [];
  if (!isObject(dataset)) return issues;
  const records = arrayAt(dataset, 'records');
  const known = {
    articles: firstIndexes(arrayAt(dataset, 'articles'), 'id', 'articles', 'article id', issues),
    countries: firstIndexes(arrayAt(dataset, 'countries'), 'code', 'countries', 'country code', issues),
    records: firstIndexes(records, 'id', 'records', 'record id', issues),
  };
  records.forEach((record, i) => {
    if (isObject(record)) recordIssues(record, ['records', i], known, issues);
  });
  return issues;
}
