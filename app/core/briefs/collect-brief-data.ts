import { AppError } from '../../shared/app-error';
import { citedArticles } from '../browse/cited-articles';
import type { RecordsService } from '../records/records-service';
import type { BriefCountry, BriefData } from '../../shared/briefs/brief-data';
import { selectBriefNotes, type BriefNotesSource } from '../../shared/briefs/brief-notes';
import { recordsForBrief } from '../../shared/briefs/brief-section-records';
import { hasSection, type BriefSpec } from '../../shared/briefs/brief-spec';

/**
 * Gathers what a brief prints: each country's records used by the chosen sections (and those the
 * chosen notes are about, to name them), the chosen notes, the cited articles.
 */
export async function collectBriefData(records: RecordsService, spec: BriefSpec, notes: BriefNotesSource): Promise<BriefData> {
  const wantsNotes = hasSection(spec, 'notes') && spec.notes !== 'none';
  const countries: BriefCountry[] = [];
  for (const code of spec.countries) {
    const country = records.findCountry(code);
    if (!country) throw new AppError('unknown-country', { code });
    const all = records.listCountryRecords(code);
    const chosenNotes = wantsNotes ? selectBriefNotes(await notes.listCountryNotes(code), spec) : [];
    const used = new Set([...recordsForBrief(all, spec), ...all.filter((record) => chosenNotes.some((note) => note.recordId === record.id))]);
    countries.push({ country, records: all.filter((record) => used.has(record)), notes: chosenNotes });
  }
  const { dataset } = records;
  return {
    spec,
    asOf: dataset.asOf,
    datasetVersion: dataset.datasetVersion,
    countries,
    articles: hasSection(spec, 'sources') ? citedArticles(dataset, countries.flatMap((c) => c.records)) : [],
  };
}
