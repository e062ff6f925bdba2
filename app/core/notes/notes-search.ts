import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import { splitWords } from '../../shared/search/split-words';
import type { Note } from '../../shared/notes/note-schema';

/**
 * True when every word of `query` begins a word of the note (body or tags), diacritics and case ignored:
 * 'hiep dinh' finds 'Hiệp định'. For the trash, which the app's search index leaves out.
 */
export function noteMatchesWords(note: Pick<Note, 'body' | 'tags'>, query: string): boolean {
  const wanted = splitWords(foldVietnamese(query));
  if (wanted.length === 0) return true;
  const words = splitWords(foldVietnamese(`${note.body}\n${note.tags.join('\n')}`));
  return wanted.every((term) => words.some((word) => word.startsWith(term)));
}
