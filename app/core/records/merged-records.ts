import { comparePartialDates } from '../../shared/records/compare-partial-dates';
import type { CountrySummary } from '../../shared/records/country-summary';
import type { Article, Country, CountryCode, RelationsRecord } from '../../shared/records/record-schema';
import type { RecordMark, RecordRetirement } from '../../shared/records/record-layers';
import type { OfficerEntry } from './officer-files-schema';
import { currentRevision } from './officer-revisions';
import { articlesCitedBy, summarizeCountry, type RecordsService } from './records-service';

/** The records every screen reads: the reference layer with the officer's layer over it, with each record's mark. */
export interface MergedRecords extends RecordsService {
  /** How a record is marked (origin, last change). */
  mark(id: string): RecordMark;
  /** A country's retired records (the officer's layer), with why. */
  retired(code: CountryCode): { record: RelationsRecord; retired: RecordRetirement }[];
}

/** What the merged view reads of the officer's layer. */
export interface OfficerLayerView {
  entry(id: string): OfficerEntry | undefined;
  entries(): OfficerEntry[];
  articles(): Article[];
}

/** Whether an entry stands for its record in the view (or in the retired list): an added or edited record, not one following the reference. */
export function overridesReference(entry: OfficerEntry | undefined): entry is OfficerEntry {
  return entry !== undefined && entry.present && entry.origin !== 'reference';
}

/** The mark of a record with `entry` (absent: untouched). */
export function markOf(entry: OfficerEntry | undefined): RecordMark {
  const latest = entry?.revisions.at(-1);
  const origin = overridesReference(entry) ? entry.origin : 'reference';
  return { origin, revision: currentRevision(entry), ...(latest ? { changedAt: latest.at, changedBy: latest.by } : {}) };
}

const isShown = (entry: OfficerEntry) => overridesReference(entry) && entry.retired === undefined;

/**
 * The merged view over `reference` and the officer's `layer`: an entry of the officer's replaces the
 * reference record of the same id (wherever its country now is), a retired one leaves the view, the
 * officer's own records join it. A country the reference does not know comes from `partnerCountry`.
 * The summaries of the countries the officer touched are made by `refresh` (at open and after a change).
 */
export function createMergedRecords(
  reference: RecordsService,
  layer: OfficerLayerView,
  partnerCountry: (code: CountryCode) => Country | undefined,
): MergedRecords & { refresh(): Promise<void> } {
  let summaries = new Map<CountryCode, CountrySummary>();
  const shownEntries = () => layer.entries().filter(isShown);
  const officerCountries = () => {
    const codes = new Set(shownEntries().map((entry) => entry.country));
    return [...codes].filter((code) => !reference.findCountry(code)).flatMap((code) => partnerCountry(code) ?? []);
  };
  const findCountry = (code: CountryCode) => reference.findCountry(code) ?? officerCountries().find((c) => c.code === code);
  const inView = (record: RelationsRecord): RelationsRecord[] => {
    const entry = layer.entry(record.id);
    if (!overridesReference(entry)) return [record];
    return entry.retired ? [] : [entry.record];
  };

  const countryRecords = async (code: CountryCode): Promise<RelationsRecord[]> => {
    const kept = (await reference.listCountryRecords(code)).filter((record) => !overridesReference(layer.entry(record.id)));
    const own = shownEntries()
      .filter((entry) => entry.country === code)
      .map((entry) => entry.record);
    return [...kept, ...own].sort((a, b) => comparePartialDates(a.date, b.date));
  };

  return {
    datasetInfo: () => reference.datasetInfo(),
    listCountries() {
      const countries = [...reference.listCountries(), ...officerCountries().map((country) => summarizeCountry(country, []))];
      return countries.map((summary) => summaries.get(summary.country.code) ?? summary);
    },
    findCountry,
    async listCountryRecords(code, kinds) {
      const records = await countryRecords(code);
      return kinds ? records.filter((r) => kinds.includes(r.kind)) : records;
    },
    async findRecord(id, country) {
      const entry = layer.entry(id);
      if (overridesReference(entry)) return entry.retired ? undefined : entry.record;
      return reference.findRecord(id, country);
    },
    async citedArticles(records) {
      const held = await reference.citedArticles(records);
      const ids = new Set(held.map((article) => article.id));
      return [...held, ...articlesCitedBy(records, layer.articles()).filter((article) => !ids.has(article.id))];
    },
    async *listAllRecords() {
      const seen = new Set<string>();
      for await (const record of reference.listAllRecords()) {
        seen.add(record.id);
        yield* inView(record);
      }
      for (const entry of shownEntries()) if (!seen.has(entry.id)) yield entry.record;
    },
    async readDataset() {
      const dataset = await reference.readDataset();
      const ids = new Set(dataset.records.map((record) => record.id));
      const articleIds = new Set(dataset.articles.map((article) => article.id));
      return {
        ...dataset,
        articles: [...dataset.articles, ...layer.articles().filter((article) => !articleIds.has(article.id))],
        countries: [...dataset.countries, ...officerCountries()],
        records: [...dataset.records.flatMap(inView), ...shownEntries().filter((entry) => !ids.has(entry.id)).map((entry) => entry.record)],
      };
    },
    mark: (id) => markOf(layer.entry(id)),
    retired: (code) =>
      layer
        .entries()
        .filter((entry) => overridesReference(entry) && entry.retired !== undefined && entry.country === code)
        .map((entry) => ({ record: entry.record, retired: entry.retired! })),
    async refresh() {
      const touched = new Set(layer.entries().flatMap((entry) => [entry.country, ...(entry.base ? [entry.base.country] : [])]));
      const next = new Map<CountryCode, CountrySummary>();
      for (const code of touched) {
        const country = findCountry(code);
        if (country) next.set(code, summarizeCountry(country, await countryRecords(code)));
      }
      summaries = next;
    },
  };
}
