import type { CountryCode, RecordKind } from '../records/record-schema';
import type { SearchDocumentType } from './search-document-type';

export interface SearchHit {
  /** A record, a note, or a country found by one of its names or places. */
  type: SearchDocumentType | 'country';
  id: string;
  country: CountryCode;
  kind: RecordKind | 'note' | 'country';
  /** For a note: the record it is attached to, if any. */
  recordId?: string;
  title: { vi: string; en: string };
  snippet: { vi: string; en: string };
  /** Higher is better; hits come sorted by it (countries first). See `rankingScore`. */
  score: number;
  /** The document's words that matched, as written (with diacritics and case), for highlighting. */
  terms: string[];
}
