import type { BilingualText } from '../../shared/records/bilingual-text';
import type { CountryCode, RelationsRecord } from '../../shared/records/record-schema';
import { noteTitle } from '../../shared/notes/note-title';

/** A personal note as the notes service hands it to search; `body` is Markdown. */
export interface SearchableNote {
  id: string;
  country: CountryCode;
  recordId?: string;
  body: string;
  tags: string[];
}

/** What the index holds for one record or note: identity, filters and a reference to the source. */
export type SearchDocument =
  | { key: string; type: 'record'; country: CountryCode; record: RelationsRecord }
  | { key: string; type: 'note'; country: CountryCode; note: SearchableNote };

/** The fields MiniSearch indexes; matches in `title` weigh more. */
export type SearchField = 'title' | 'text';
export const searchFields: SearchField[] = ['title', 'text'];

/** Records and notes share one index, so their keys say which is which. */
export function noteDocumentKey(noteId: string): string {
  return `note:${noteId}`;
}

export function recordDocument(record: RelationsRecord): SearchDocument {
  return { key: `record:${record.id}`, type: 'record', country: record.country, record };
}

export function noteDocument(note: SearchableNote): SearchDocument {
  return { key: noteDocumentKey(note.id), type: 'note', country: note.country, note };
}

/** The text a record's kind adds to its title and summary: names, titles, parties, forum, area… */
function kindSpecificTexts(record: RelationsRecord): BilingualText[] {
  switch (record.kind) {
    case 'framework':
      return [record.framework];
    case 'visit':
      return [record.principal, ...record.counterparts].flatMap((person) => [person.name, person.title]);
    case 'agreement':
      return [record.parties];
    case 'mechanism':
      return [record.mechanism];
    case 'trade':
      return record.period ? [record.period] : [];
    case 'multilateral':
      return [record.forum];
    case 'cooperation':
      return [record.area];
    case 'relations':
    case 'milestone':
    case 'investment':
    case 'people':
      return [];
  }
}

/**
 * Every text of a document that is indexed, as written: for a record its title, summary and what its kind
 * adds, each in Vietnamese then English; for a note its body and tags. Source passages are not indexed:
 * they are long, Vietnamese only, and what they say is already in the summary.
 */
export function documentTexts(document: SearchDocument): string[] {
  if (document.type === 'note') return [document.note.body, ...document.note.tags];
  const { record } = document;
  return [record.title, record.summary, ...kindSpecificTexts(record)].flatMap((text) => [text.vi, text.en]);
}

/** The text of one indexed field: `title` is the record's titles (a note's first line), `text` the rest. */
export function searchFieldText(document: SearchDocument, field: SearchField): string {
  if (document.type === 'note') {
    return field === 'title' ? noteTitle(document.note.body) : documentTexts(document).join('\n');
  }
  const { record } = document;
  if (field === 'title') return `${record.title.vi}\n${record.title.en}`;
  return [record.summary, ...kindSpecificTexts(record)].map((text) => `${text.vi}\n${text.en}`).join('\n');
}
