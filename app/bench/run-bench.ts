import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { openDesk, type Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import type { Country } from '../shared/records/record-schema';
import { createChromiumPrintingHandlers } from '../host/chromium-printing-handlers';
import { builtRendererDir } from '../host/commands/serve-command';
import { compareWithFloors, type Floors } from './bench-comparisons';
import { notMeasured, type Figures } from './bench-figures';
import { measureCliStart } from './floors/cli-start-floor';
import { measureNoteSaveFloor } from './floors/note-save-floor';
import { measureOpenFloor } from './floors/open-floor';
import { measureSearchFloor } from './floors/search-floor';
import { measureRankingAgreement } from './measurements/measure-ranking-agreement';
import { startScreenScripts } from './measurements/measure-start-screen';
import { NOTES_FOLDER } from '../core/notes/note-files';
import { INDEX_READY_PROBE } from './bench-queries';
import type { BenchReport } from './bench-report';
import { benchScales, type BenchScale } from './bench-scales';
import { checkTargets } from './bench-targets';
import { currentLoadAverage, describeMachine } from './measure/machine-info';
import { watchMemory } from './measure/memory-peaks';
import type { TimingSummary } from './measure/sample-statistics';
import { measureArticleImport } from './measurements/measure-article-import';
import { measureBriefPdf } from './measurements/measure-brief-pdf';
import { measureCountryPage } from './measurements/measure-country-page';
import { measureNoteSaves, noteSaveSequence, type NoteSaveTarget } from './measurements/measure-note-save';
import { measureOpen } from './measurements/measure-open';
import { measureRecordSaves, type RecordSaveTarget } from './measurements/measure-record-save';
import { measureSearch } from './measurements/measure-search';
import { snapshotBuiltRenderer } from './snapshot-renderer';
import { syntheticArticlePages } from './synthetic/synthetic-article-page';
import { writeBenchData, type BenchData } from './write-bench-data';

/** What the bench is doing, for progress lines. */
export type BenchStep =
  | { step: 'generating'; scale: BenchScale }
  | { step: 'measuring'; what: 'open' | 'search' | 'countryPage' | 'noteSave' | 'recordSave' | 'articleImport' | 'pdf' | 'floors' };

export interface BenchOptions {
  scale: BenchScale;
  /** An empty folder to generate the data into. */
  folder: string;
  pdf: boolean;
  seed: number;
  onStep: (step: BenchStep) => void;
}

/** Past these many milliseconds a measurement stops repeating, so that a slow build still finishes the bench. */
const BUDGET_MS = { open: 30_000, search: 15_000, countryPage: 5_000, noteSave: 10_000, recordSave: 10_000, pdf: 10_000, articleImport: 20_000 };
const MB = 1024 * 1024;
const CLI_START_RUNS = 5;

/**
 * The floors the figures are bounded by, measured in the same run: reading and parsing the same
 * files, a bare durable write of a note file, FlexSearch over the same documents, Node's own start.
 */
async function measureFloors(desk: Desk, data: BenchData, small: BenchData | undefined, scale: BenchScale, folder: string) {
  const notesDir = path.join(data.dataDir, NOTES_FOLDER);
  const sampleNote = (await readdir(notesDir)).find((file) => file.endsWith('.json'));
  const floors: Floors = {
    open: await measureOpenFloor(data.dataDir, { runs: scale.runs.open, budgetMs: BUDGET_MS.open }),
    search: await measureSearchFloor((await desk.records.readDataset()).records, desk.notes.all(), { runs: scale.runs.searchRounds, budgetMs: BUDGET_MS.search }),
    ...(sampleNote !== undefined
      ? { noteSave: await measureNoteSaveFloor(path.join(notesDir, sampleNote), folder, { runs: scale.runs.noteSaves, budgetMs: BUDGET_MS.noteSave }) }
      : {}),
  };
  const cli = await measureCliStart((small ?? data).dataDir, { runs: CLI_START_RUNS });
  return { floors: { ...floors, cliStart: cli.node }, cliCountries: cli.countries };
}

/** Opens the data as the app does, completes its search index, hands the desk over and closes it after. */
async function withOpenDesk<T>(data: BenchData, use: (desk: Desk) => Promise<T>): Promise<T> {
  const desk = await openDesk({ dataDir: data.dataDir, resourcesDir: data.resourcesDir, access: 'write' });
  try {
    await desk.search.ready;
    desk.search.search(INDEX_READY_PROBE);
    return await use(desk);
  } finally {
    await desk.close();
  }
}

/** The saves to time on a desk: new notes, autosaves, and edits of the notes it already has. */
function noteSaveTarget(desk: Desk, countries: readonly Country[], runs: number, seed: number): NoteSaveTarget {
  const olderNotes = desk.notes
    .all()
    .filter((note) => note.deletedAt === undefined)
    .sort((a, b) => a.id.localeCompare(b.id));
  return { handlers: createHandlers(desk), saves: noteSaveSequence(runs, countries, olderNotes, seed) };
}

/** The record saves to time on a desk: edits of the first reference record of the first country that has one, and a few adds. */
async function recordSaveTarget(desk: Desk, countries: readonly Country[]): Promise<RecordSaveTarget> {
  for (const country of countries) {
    const [reference] = await desk.records.listCountryRecords(country.code);
    if (reference) return { handlers: createHandlers(desk), reference };
  }
  throw new Error('the bench data has no record to edit');
}

async function generate(folder: string, scale: BenchScale, seed: number, onStep: BenchOptions['onStep']): Promise<BenchData> {
  onStep({ step: 'generating', scale });
  return writeBenchData(path.join(folder, scale.name), scale, seed);
}

/** Everything measured on an open desk: search, country pages, note and record saves (beside the small scale's), article imports and printing. */
async function measureOnDesk(
  desk: Desk,
  data: BenchData,
  small: BenchData | undefined,
  { scale, folder, seed, pdf, onStep }: BenchOptions,
): Promise<{ figures: Figures; pdfFloors: Floors; searchByQuery: Record<string, TimingSummary> }> {
  const rendererDir = pdf ? await snapshotBuiltRenderer(folder) : undefined;
  const { handlers, printer } = createChromiumPrintingHandlers(desk, rendererDir ?? builtRendererDir());
  const figures: Figures = {};
  onStep({ step: 'measuring', what: 'search' });
  const search = await measureSearch(handlers, { runs: scale.runs.searchRounds, budgetMs: BUDGET_MS.search });
  figures.search = search.search;

  onStep({ step: 'measuring', what: 'countryPage' });
  figures.countryPage = await measureCountryPage(handlers, data.countries, { runs: scale.runs.countryPages, budgetMs: BUDGET_MS.countryPage });

  onStep({ step: 'measuring', what: 'noteSave' });
  const savePlan = { runs: scale.runs.noteSaves, budgetMs: BUDGET_MS.noteSave };
  const saves = noteSaveTarget(desk, data.countries, savePlan.runs, seed);
  if (small) {
    [figures.noteSave, figures.noteSaveSmallScale] = await withOpenDesk(small, (smallDesk) =>
      measureNoteSaves([saves, noteSaveTarget(smallDesk, small.countries, savePlan.runs, seed)], savePlan),
    );
  } else {
    [figures.noteSave] = await measureNoteSaves([saves], savePlan);
  }

  onStep({ step: 'measuring', what: 'recordSave' });
  const recordPlan = { runs: scale.runs.recordSaves, budgetMs: BUDGET_MS.recordSave };
  const records = await recordSaveTarget(desk, data.countries);
  if (small) {
    [figures.recordSave, figures.recordSaveSmallScale] = await withOpenDesk(small, async (smallDesk) =>
      measureRecordSaves([records, await recordSaveTarget(smallDesk, small.countries)], recordPlan),
    );
  } else {
    [figures.recordSave] = await measureRecordSaves([records], recordPlan);
  }

  onStep({ step: 'measuring', what: 'articleImport' });
  figures.articleImport = await measureArticleImport(syntheticArticlePages(), { runs: scale.runs.articleImports, budgetMs: BUDGET_MS.articleImport });

  let pdfFloors: Floors = {};
  if (pdf) {
    onStep({ step: 'measuring', what: 'pdf' });
    const printed = await measureBriefPdf(handlers, printer, data.countries, rendererDir, { runs: scale.runs.pdf, budgetMs: BUDGET_MS.pdf });
    Object.assign(figures, printed.figures);
    pdfFloors = printed.floors;
  } else {
    figures.briefPdf = figures.binderPdf = notMeasured('pdf-skipped');
  }
  await printer.close();
  return { figures, pdfFloors, searchByQuery: search.byQuery };
}

/**
 * Generates a scale's data and measures, as the app does them, opening it, searching, listing a
 * country's records, saving notes and records (alternating with the small scale, to compare) and printing briefs.
 */
export async function runBench(options: BenchOptions): Promise<BenchReport> {
  const { scale, folder, seed, onStep } = options;
  const started = performance.now();
  const machine = describeMachine();
  const memory = watchMemory();

  const small = scale.name === 'small' ? undefined : await generate(folder, benchScales.small, seed, onStep);
  const data = await generate(folder, scale, seed, onStep);

  onStep({ step: 'measuring', what: 'open' });
  const opened = await measureOpen(data, { runs: scale.runs.open, budgetMs: BUDGET_MS.open }, memory);
  let measuredOnDesk;
  let floors;
  let rankingAgreement;
  try {
    measuredOnDesk = await measureOnDesk(opened.desk, data, small, options);
    memory.sample();
    onStep({ step: 'measuring', what: 'floors' });
    floors = await measureFloors(opened.desk, data, small, scale, folder);
    rankingAgreement = measureRankingAgreement(data.dataDir, opened.desk.search);
  } finally {
    await opened.desk.close();
  }
  const figures: Figures = { ...opened.figures, ...measuredOnDesk.figures };

  // A renderer not built has no start screen to weigh: the report says so by leaving it out.
  const startScreen = await startScreenScripts(builtRendererDir()).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const peaks = memory.stop();
  return {
    scale: scale.name,
    seed,
    machine: { ...machine, loadAverage: { ...machine.loadAverage, end: currentLoadAverage() } },
    data: {
      countries: data.countries.length,
      records: data.records,
      notes: data.notes,
      recordsFileMb: data.recordsBytes / MB,
      generationMs: data.generationMs,
    },
    figures,
    comparisons: compareWithFloors(figures, { ...floors.floors, ...measuredOnDesk.pdfFloors }, floors.cliCountries),
    rankingAgreement,
    startScreen,
    searchByQuery: measuredOnDesk.searchByQuery,
    memory: peaks,
    targets: checkTargets(figures, scale.name, peaks),
    totalMs: performance.now() - started,
  };
}
