import type { BilingualText } from './bilingual-text';
import type { Country } from './record-schema';

export interface CountrySummary {
  country: Country;
  recordCount: number;
  /** The newest dated record's date, if any record is dated. */
  newestDate: string | undefined;
  /** The current partnership framework: the newest `framework` record's, and since when. */
  framework: { name: BilingualText; since: string } | undefined;
}
