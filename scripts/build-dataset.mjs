// Builds resources/dataset/dataset.json from its reviewed source in resources/dataset/source/:
//   dataset-info.json   schemaVersion, datasetVersion, asOf and the order of the countries
//   articles.json       the seed articles (publisher, title, date, URL, seed file, quality note)
//   <CODE>.json         one per country: the country and its records, each source quoting its seed passage
// Every passage must be verbatim (in Unicode NFC) in its article's seed file; one that is not stops the build.
// Usage: node scripts/build-dataset.mjs [--seeds DIR] [--check]   (--check: fail when dataset.json is not current)
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DATASET_SOURCE_DIR = path.join(ROOT, 'resources', 'dataset', 'source');
export const DATASET_FILE = path.join(ROOT, 'resources', 'dataset', 'dataset.json');
export const DEFAULT_SEEDS_DIR = path.resolve(ROOT, '..', 'shared', 'seeds');

const PREVIEW = 60;

async function readJson(file) {
  return JSON.parse(await readFile(file, 'utf8'));
}

function nfc(value) {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfc);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, nfc(v)]));
  return value;
}

function preview(passage) {
  const flat = passage.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW ? `${flat.slice(0, PREVIEW)}…` : flat;
}

/** Each article's seed text, NFC, by article id; a missing seed file is a problem. */
async function readSeeds(articles, seedsDir, problems) {
  const seeds = new Map();
  for (const [i, article] of articles.entries()) {
    const file = path.join(seedsDir, article.file);
    try {
      seeds.set(article.id, (await readFile(file, 'utf8')).normalize('NFC'));
    } catch (error) {
      problems.push(`articles.json [${i}] (${article.id}): seed file not readable: ${file} (${error.code ?? error.message})`);
    }
  }
  return seeds;
}

/** Problems with one country file's records: another country's record, an unknown article, a passage not in its seed. */
function checkCountryRecords(code, records, seeds, problems) {
  for (const [i, record] of records.entries()) {
    const at = `${code}.json records[${i}] (${record.id})`;
    if (record.country !== code) problems.push(`${at}: country '${record.country}' in the file of ${code}`);
    for (const [k, source] of (record.sources ?? []).entries()) {
      const seed = seeds.get(source.article);
      if (seed === undefined) problems.push(`${at}.sources[${k}]: unknown article or unreadable seed '${source.article}'`);
      else if (!seed.includes(source.passage.normalize('NFC'))) {
        problems.push(`${at}.sources[${k}].passage: not found verbatim in the seed of ${source.article}: "${preview(source.passage)}"`);
      }
    }
  }
}

/**
 * Reads the dataset's source and checks every passage against the seeds.
 * @returns {Promise<{ dataset: object, problems: string[] }>} the dataset as dataset.json holds it, and what is wrong
 */
export async function buildDataset({ sourceDir = DATASET_SOURCE_DIR, seedsDir = DEFAULT_SEEDS_DIR } = {}) {
  const problems = [];
  const info = await readJson(path.join(sourceDir, 'dataset-info.json'));
  const articles = await readJson(path.join(sourceDir, 'articles.json'));
  const seeds = await readSeeds(articles, seedsDir, problems);
  const countries = [];
  const records = [];
  for (const code of info.countries) {
    const part = await readJson(path.join(sourceDir, `${code}.json`));
    if (part.country.code !== code) problems.push(`${code}.json: holds country '${part.country.code}'`);
    checkCountryRecords(code, part.records, seeds, problems);
    countries.push(part.country);
    records.push(...part.records);
  }
  const dataset = nfc({
    schemaVersion: info.schemaVersion,
    datasetVersion: info.datasetVersion,
    asOf: info.asOf,
    articles,
    countries,
    records,
  });
  return { dataset, problems };
}

/** The text of dataset.json for a dataset. */
export function datasetFileText(dataset) {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}

async function main() {
  const { values } = parseArgs({ options: { seeds: { type: 'string' }, check: { type: 'boolean' } } });
  const { dataset, problems } = await buildDataset({ seedsDir: values.seeds ?? DEFAULT_SEEDS_DIR });
  if (problems.length > 0) {
    for (const problem of problems) console.error(`error: ${problem}`);
    process.exit(1);
  }
  const text = datasetFileText(dataset);
  if (values.check) {
    const current = await readFile(DATASET_FILE, 'utf8');
    if (current !== text) {
      console.error('error: resources/dataset/dataset.json is not built from resources/dataset/source/: run node scripts/build-dataset.mjs');
      process.exit(1);
    }
    return;
  }
  await writeFile(DATASET_FILE, text);
  const counts = {};
  for (const record of dataset.records) counts[record.country] = (counts[record.country] ?? 0) + 1;
  console.log('records', dataset.records.length, counts);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
