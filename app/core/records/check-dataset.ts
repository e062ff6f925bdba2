import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { datasetSchemaProblems, formatDatasetPath, type DatasetProblem } from '../../shared/records/dataset-problems';
import { isPartialDate } from '../../shared/records/partial-date';

export interface CheckDatasetOptions {
  /** Folder of the seed articles (`articles[].file`); when given, every source passage must occur in its file. */
  seedsDir?: string;
}

type Segment = string | number;
type JsonObject = Record<string, unknown>;
type Report = (severity: DatasetProblem['severity'], at: readonly Segment[], message: string) => void;

const PASSAGE_PREVIEW = 60;

/**
 * Checks a dataset: every error of the dataset schema (the one the loader and `dataset import` use), then
 * what is about how the file is written rather than whether it can be used: Unicode NFC, (with `seedsDir`)
 * every quoted passage verbatim in its article, and warnings worth a look. Never throws on bad input.
 */
export function checkDataset(raw: unknown, options: CheckDatasetOptions = {}): DatasetProblem[] {
  const problems = datasetSchemaProblems(raw);
  const report: Report = (severity, at, message) => problems.push({ severity, path: formatDatasetPath(raw, at), message });
  if (!isObject(raw)) return problems;

  checkStrings(raw, [], report);
  const articles = arrayAt(raw, 'articles');
  const countries = arrayAt(raw, 'countries');
  const records = arrayAt(raw, 'records');
  if (options.seedsDir !== undefined) checkPassages(records, loadSeeds(options.seedsDir, articles, report), report);

  const citedArticles = new Set<string>();
  const countriesWithRecords = new Set<string>();
  records.forEach((record, i) => {
    if (!isObject(record)) return;
    if (typeof record.country === 'string') countriesWithRecords.add(record.country);
    for (const source of arrayAt(record, 'sources')) if (isObject(source) && typeof source.article === 'string') citedArticles.add(source.article);
    arrayAt(record, 'related').forEach((id, k) => {
      if (id === record.id) report('warning', ['records', i, 'related', k], 'record is related to itself');
    });
    if (record.kind === 'trade' && typeof record.year === 'number' && typeof record.date === 'string' && isPartialDate(record.date)) {
      if (Number(record.date.slice(0, 4)) !== record.year) report('warning', ['records', i, 'year'], `year ${record.year} does not match date ${record.date}`);
    }
  });
  articles.forEach((article, i) => {
    if (isObject(article) && typeof article.id === 'string' && !citedArticles.has(article.id)) report('warning', ['articles', i], 'no record cites this article');
  });
  countries.forEach((country, i) => {
    if (isObject(country) && typeof country.code === 'string' && !countriesWithRecords.has(country.code)) {
      report('warning', ['countries', i], 'country has no records');
    }
  });
  records.forEach((record, i) => checkMissingTranslations(record, ['records', i], report));
  checkAsOf(raw, articles, report);
  return problems;
}

/** The missing-translation warnings of records kept apart from a dataset (the officer's layer), named as `list[i]`. */
export function missingTranslationProblems(records: readonly unknown[], list: string): DatasetProblem[] {
  const raw = { [list]: records };
  const problems: DatasetProblem[] = [];
  const report: Report = (severity, at, message) => problems.push({ severity, path: formatDatasetPath(raw, at), message });
  records.forEach((record, i) => checkMissingTranslations(record, [list, i], report));
  return problems;
}

/** A warning for every text of a record saved in one language only (`translation: 'missing'`), naming the field. */
function checkMissingTranslations(value: unknown, at: Segment[], report: Report): void {
  if (Array.isArray(value)) {
    value.forEach((item, i) => checkMissingTranslations(item, [...at, i], report));
  } else if (isObject(value)) {
    if (value.translation === 'missing') {
      const empty = (['vi', 'en'] as const).filter((language) => typeof value[language] !== 'string' || String(value[language]).trim() === '');
      for (const language of empty) report('warning', [...at, language], `translation missing: the ${language === 'vi' ? 'Vietnamese' : 'English'} text is empty`);
      return;
    }
    for (const [key, child] of Object.entries(value)) checkMissingTranslations(child, [...at, key], report);
  }
}

/** Every string in NFC. */
function checkStrings(value: unknown, at: Segment[], report: Report): void {
  if (typeof value === 'string') {
    if (value !== value.normalize('NFC')) report('error', at, 'text is not in Unicode NFC');
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => checkStrings(item, [...at, i], report));
  } else if (isObject(value)) {
    for (const [key, child] of Object.entries(value)) checkStrings(child, [...at, key], report);
  }
}

function checkPassages(records: unknown[], seeds: ReadonlyMap<string, string>, report: Report): void {
  records.forEach((record, i) => {
    if (!isObject(record)) return;
    arrayAt(record, 'sources').forEach((source, k) => {
      if (!isObject(source) || typeof source.article !== 'string' || typeof source.passage !== 'string' || source.passage.trim() === '') return;
      const seedText = seeds.get(source.article);
      if (seedText !== undefined && !seedText.includes(source.passage.normalize('NFC'))) {
        report('error', ['records', i, 'sources', k, 'passage'], `passage not found verbatim in the article's seed file: "${preview(source.passage)}"`);
      }
    });
  });
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

function arrayAt(owner: JsonObject, key: string): unknown[] {
  const value = owner[key];
  return Array.isArray(value) ? value : [];
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function preview(passage: string): string {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.length > PASSAGE_PREVIEW ? `${flat.slice(0, PASSAGE_PREVIEW)}…` : flat;
}
