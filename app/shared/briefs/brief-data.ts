import type { Article, Country, RelationsRecord } from '../records/record-schema';
import type { BriefNote } from './brief-notes';
import type { BriefSpec } from './brief-spec';

/** One country of a brief: its records, the officer's chosen notes and the notes tagged as talking points. */
export interface BriefCountry {
  country: Country;
  records: RelationsRecord[];
  notes: BriefNote[];
  talkingPoints: BriefNote[];
}

/** Everything one brief or binder needs to print, as `getBrief` returns it. */
export interface BriefData {
  spec: BriefSpec;
  /** The date the reference data is current to. */
  asOf: string;
  datasetVersion: string;
  countries: BriefCountry[];
  /** The articles the records cite, for the numbered sources. */
  articles: Article[];
}
