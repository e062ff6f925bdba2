import type { CountryCode, RecordKind } from '../records/record-schema';
import { markdownToPlainText } from './markdown-plain-text';
import { documentTexts, noteTitle, type SearchDocument, type SearchDocumentType } from './search-documents';
import { excerptAround, wordsMatchingTerms } from './search-snippet';

export interface SearchHit {
  type: SearchDocumentType;
  id: string;
  country: CountryCode;
  kind: RecordKind | 'note';
  /** For a note: the record it is attached to, if any. */
  recordId?: string;
  title: { vi: string; en: string };
  snippet: { vi: string; en: string };
  /** Higher is better; hits come sorted by it. See `rankingScore`. */
  score: number;
  /** The document's words that matched, as written (with diacritics and case), for highlighting. */
  terms: string[];
}

/** Describes a matched document; `foldedTerms` are the document's terms that MiniSearch matched. */
export function toSearchHit(
  document: SearchDocument,
  foldedTerms: readonly string[],
  score: number,
  foldWord: (word: string) => string,
): SearchHit {
  const terms = wordsMatchingTerms(documentTexts(document), new Set(foldedTerms), foldWord);
  if (document.type === 'record') {
    const { record } = document;
    return {
      type: 'record',
      id: record.id,
      country: record.country,
      kind: record.kind,
      title: { vi: record.title.vi, en: record.title.en },
      snippet: { vi: excerptAround(record.summary.vi, terms), en: excerptAround(record.summary.en, terms) },
      score,
      terms,
    };
  }
  const { note } = document;
  const title = noteTitle(note.body);
  const snippet = excerptAround(markdownToPlainText(note.body), terms);
  return {
    type: 'note',
    id: note.id,
    country: note.country,
    kind: 'note',
    recordId: note.recordId,
    title: { vi: title, en: title },
    snippet: { vi: snippet, en: snippet },
    score,
    terms,
  };
}
