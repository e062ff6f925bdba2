import { AppError } from '../../shared/app-error';
import type { RecordsService } from '../records/records-service';
import type { BriefCountry, BriefData } from '../../shared/briefs/brief-data';
import { selectBriefNotes, selectTalkingPoints, type BriefNotesSource } from '../../shared/briefs/brief-notes';
import { hasSection, type BriefSpec } from '../../shared/briefs/brief-spec';

/**
 * Gathers what a brief prints: each country's records (every one has its section), the chosen notes
 * (those that are talking points print as such when that section is chosen), the cited articles.
 */
export async function collectBriefData(records: RecordsService, spec: BriefSpec, notes: BriefNotesSource): Promise<BriefData> {
  const wantsNotes = hasSection(spec, 'notes') && spec.notes !== 'none';
  const wantsTalkingPoints = hasSection(spec, 'talking-points');
  const countries: BriefCountry[] = [];
  for (const code of spec.countries) {
    const country = records.findCountry(code);
    if (!country) throw new AppError('unknown-country', { code });
    const countryNotes = wantsNotes || wantsTalkingPoints ? await notes.listCountryNotes(code) : [];
    const talkingPoints = wantsTalkingPoints ? selectTalkingPoints(countryNotes) : [];
    const chosenNotes = wantsNotes ? selectBriefNotes(countryNotes, spec).filter((note) => !talkingPoints.includes(note)) : [];
    countries.push({ country, records: await records.listCountryRecords(code), notes: chosenNotes, talkingPoints });
  }
  const { asOf, datasetVersion } = records.datasetInfo();
  return {
    spec,
    asOf,
    datasetVersion,
    countries,
    articles: hasSection(spec, 'sources') ? await records.citedArticles(countries.flatMap((c) => c.records)) : [],
  };
}
