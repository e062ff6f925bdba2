import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { isPartialDate } from '../../shared/records/partial-date';
import { datasetSchema } from '../../shared/records/record-schema';

/** One thing wrong (error) or worth a look (warning) in a dataset, located by a readable path. */
export interface DatasetProblem {
  severity: 'error' | 'warning';
  /** Where, e.g. `records[12] (kg-trade-2023).date`; `(dataset)` for the whole file. */
  path: string;
  /** One line of English. */
  message: string;
}

export interface CheckDatasetOptions {
  /** Folder of the seed articles (`articles[].file`); when given, every source passage must occur in its file. */
  seedsDir?: string;
}

type Segment = string | number;
type JsonObject = Record<string, unknown>;

const DATE_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;
const PASSAGE_PREVIEW = 60;

/** `error: records[12] (kg-trade-2023).date: impossible date 1992-13-40` */
export function formatProblem(problem: DatasetProblem): string {
  return `${problem.severity}: ${problem.path}: ${problem.message}`.replace(/\s*\n\s*/g, ' ');
}

/** Reads a dataset file as plain JSON, without validating it (that is `checkDataset`'s job). */
export async function readDatasetJson(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch (error) {
    throw new AppError('dataset-invalid', { path: file, detail: (error as Error).message }, { cause: error });
  }
}

/**
 * Checks a dataset beyond what its schema can say: sources, translations, dates, duplicate and dangling
 * references, Unicode NFC and (with `seedsDir`) that every quoted passage is verbatim in its article.
 * Never throws on bad input; returns every problem found, errors and warnings.
 */
export function checkDataset(raw: unknown, options: CheckDatasetOptions = {}): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const reported = new Set<string>();
  const report = (severity: DatasetProblem['severity'], at: readonly Segment[], message: string) => {
    if (severity === 'error') reported.add(segmentKey(at));
    problems.push({ severity, path: formatPath(raw, at), message });
  };

  if (!isObject(raw)) {
    report('error', [], 'expected a JSON object');
    return problems;
  }

  checkStrings(raw, [], report);
  checkDateField(raw, ['asOf'], report);

  const articles = arrayAt(raw, 'articles');
  const countries = arrayAt(raw, 'countries');
  const records = arrayAt(raw, 'records');

  const articleIds = firstIndexes(articles, 'id', 'articles', 'article id', report);
  const countryCodes = firstIndexes(countries, 'code', 'countries', 'country code', report);
  const recordIds = firstIndexes(records, 'id', 'records', 'record id', report);

  const seeds = options.seedsDir === undefined ? undefined : loadSeeds(options.seedsDir, articles, report);

  const citedArticles = new Set<string>();
  const countriesWithRecords = new Set<string>();
  records.forEach((record, i) => {
    if (!isObject(record)) return;
    const at: Segment[] = ['records', i];
    checkDateField(record, [...at, 'date'], report);
    checkDateField(record, [...at, 'dateEnd'], report);
    checkDateOrder(record, at, report);

    if (typeof record.country === 'string') {
      countriesWithRecords.add(record.country);
      if (!countryCodes.has(record.country)) report('error', [...at, 'country'], `unknown country '${record.country}'`);
    }

    const sources = record.sources;
    if (!Array.isArray(sources) || sources.length === 0) {
      report('error', [...at, 'sources'], 'record has no source');
    } else {
      sources.forEach((source, k) => {
        if (!isObject(source) || typeof source.article !== 'string') return;
        const sourceAt = [...at, 'sources', k];
        citedArticles.add(source.article);
        if (!articleIds.has(source.article)) {
          report('error', [...sourceAt, 'article'], `unknown article '${source.article}'`);
          return;
        }
        const seedText = seeds?.get(source.article);
        if (seedText !== undefined && typeof source.passage === 'string' && source.passage.trim() !== '') {
          if (!seedText.includes(source.passage.normalize('NFC'))) {
            report('error', [...sourceAt, 'passage'], `passage not found verbatim in the article's seed file: "${preview(source.passage)}"`);
          }
        }
      });
    }

    if (Array.isArray(record.related)) {
      record.related.forEach((id, k) => {
        if (typeof id !== 'string') return;
        if (!recordIds.has(id)) report('error', [...at, 'related', k], `unknown related record '${id}'`);
        else if (id === record.id) report('warning', [...at, 'related', k], 'record is related to itself');
      });
    }

    if (record.kind === 'trade' && typeof record.year === 'number' && typeof record.date === 'string' && DATE_SHAPE.test(record.date)) {
      if (Number(record.date.slice(0, 4)) !== record.year) {
        report('warning', [...at, 'year'], `year ${record.year} does not match date ${record.date}`);
      }
    }
  });

  articles.forEach((article, i) => {
    if (!isObject(article)) return;
    checkDateField(article, ['articles', i, 'date'], report);
    if (typeof article.id === 'string' && !citedArticles.has(article.id)) report('warning', ['articles', i], 'no record cites this article');
  });
  countries.forEach((country, i) => {
    if (isObject(country) && typeof country.code === 'string' && !countriesWithRecords.has(country.code)) {
      report('warning', ['countries', i], 'country has no records');
    }
  });
  checkAsOf(raw, articles, report);

  // Schema issues last, minus those already reported above with a sharper message.
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const at = issue.path.map((key) => (typeof key === 'number' ? key : String(key)));
      if (isCovered(at, reported)) continue;
      problems.push({ severity: 'error', path: formatPath(raw, at), message: issue.message.replace(/\s*\n\s*/g, ' ') });
    }
  }
  return problems;
}

type Report = (severity: DatasetProblem['severity'], at: readonly Segment[], message: string) => void;

/** Every string in NFC; every bilingual text with both languages. */
function checkStrings(value: unknown, at: Segment[], report: Report): void {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) report('error', at, 'text is not in Unicode NFC');
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkStrings(item, [...at, i], report));
    return;
  }
  if (!isObject(value)) return;
  if ('vi' in value || 'en' in value || 'translation' in value) {
    if (!isFilledString(value.vi)) report('error', [...at, 'vi'], 'Vietnamese text is missing');
    if (!isFilledString(value.en)) report('error', [...at, 'en'], 'English text is missing');
  }
  for (const [key, child] of Object.entries(value)) checkStrings(child, [...at, key], report);
}

function checkDateField(owner: JsonObject, at: Segment[], report: Report): void {
  const key = at.at(-1);
  if (typeof key !== 'string') return;
  const value = owner[key];
  if (typeof value !== 'string') return; // absence and wrong types are the schema's to report
  if (!DATE_SHAPE.test(value)) report('error', at, `malformed date '${value}' (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  else if (!isPartialDate(value)) report('error', at, `impossible date ${value}`);
}

/** `dateEnd` must not precede `date`, compared at the coarser of the two precisions. */
function checkDateOrder(record: JsonObject, at: Segment[], report: Report): void {
  const { date, dateEnd } = record;
  if (typeof date !== 'string' || typeof dateEnd !== 'string') return;
  if (!isPartialDate(date) || !isPartialDate(dateEnd)) return;
  const n = Math.min(date.length, dateEnd.length);
  if (dateEnd.slice(0, n) < date.slice(0, n)) report('error', [...at, 'dateEnd'], `dateEnd ${dateEnd} is before date ${date}`);
}

function checkAsOf(raw: JsonObject, articles: unknown[], report: Report): void {
  if (typeof raw.asOf !== 'string' || !isPartialDate(raw.asOf)) return;
  const asOf = raw.asOf;
  articles.forEach((article, i) => {
    if (!isObject(article) || typeof article.date !== 'string' || !isPartialDate(article.date)) return;
    const n = Math.min(asOf.length, article.date.length);
    if (article.date.slice(0, n) > asOf.slice(0, n)) {
      report('warning', ['articles', i, 'date'], `article date ${article.date} is after the dataset's asOf ${asOf}`);
    }
  });
}

/** Maps each value of `key` to its first index; later duplicates are reported. */
function firstIndexes(items: unknown[], key: string, list: string, what: string, report: Report): Map<string, number> {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    if (!isObject(item) || typeof item[key] !== 'string') return;
    const value = item[key];
    const earlier = first.get(value);
    if (earlier === undefined) first.set(value, i);
    else report('error', [list, i, key], `duplicate ${what} '${value}' (also ${list}[${earlier}])`);
  });
  return first;
}

/** Reads each article's seed file once, NFC-normalised, keyed by article id. */
function loadSeeds(seedsDir: string, articles: unknown[], report: Report): Map<string, string> {
  const seeds = new Map<string, string>();
  if (!existsSync(seedsDir)) {
    report('error', [], `seeds folder not found: ${seedsDir}`);
    return seeds;
  }
  articles.forEach((article, i) => {
    if (!isObject(article) || typeof article.id !== 'string' || typeof article.file !== 'string') return;
    const file = path.join(seedsDir, article.file);
    if (!existsSync(file)) {
      report('error', ['articles', i, 'file'], `seed file not found: ${file}`);
      return;
    }
    seeds.set(article.id, readFileSync(file, 'utf8').normalize('NFC'));
  });
  return seeds;
}

/** `records[12] (kg-trade-2023).sources[0].passage`: array items are labelled by their id or code. */
function formatPath(raw: unknown, at: readonly Segment[]): string {
  let out = '';
  let node: unknown = raw;
  for (const segment of at) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      node = Array.isArray(node) ? node[segment] : undefined;
      const label = isObject(node) ? (typeof node.id === 'string' ? node.id : typeof node.code === 'string' ? node.code : undefined) : undefined;
      if (label !== undefined) out += ` (${label})`;
    } else {
      out += out === '' ? segment : `.${segment}`;
      node = isObject(node) ? node[segment] : undefined;
    }
  }
  return out === '' ? '(dataset)' : out;
}

function segmentKey(at: readonly Segment[]): string {
  return at.map(String).join('\u0000');
}

/** True when a problem was already reported at `at` or at one of its ancestors. */
function isCovered(at: readonly Segment[], reported: ReadonlySet<string>): boolean {
  for (let n = at.length; n >= 1; n -= 1) if (reported.has(segmentKey(at.slice(0, n)))) return true;
  return false;
}

function arrayAt(owner: JsonObject, key: string): unknown[] {
  const value = owner[key];
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFilledString(value: unknown): boolean {
  return typeof value === 'string' && value.trim() !== '';
}

function preview(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.length > PASSAGE_PREVIEW ? `${flat.slice(0, PASSAGE_PREVIEW)}…` : flat;
}
