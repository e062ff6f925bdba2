import { markdownToPlainText } from '../../shared/search/markdown-plain-text';
import { noteTitle } from '../../shared/notes/note-title';
import { documentTexts, type SearchDocument } from './search-documents';
import type { SearchHit } from '../../shared/search/search-hit';
import { excerptAround, wordsMatchingTerms } from './search-snippet';

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
