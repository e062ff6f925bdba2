import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { writeFileAtomically } from '../store/write-file-atomically';
import { foldVietnamese } from '../../shared/search/fold-vietnamese';
import { noteTitle } from '../../shared/notes/note-title';
import type { NoteView } from '../../shared/notes/note-view';

const SLUG_MAX_LENGTH = 48;

/** A YAML scalar: JSON strings, numbers and booleans are valid YAML, so quoting is JSON's. */
const yaml = (value: unknown) => JSON.stringify(value);

/** One note as a Markdown file with YAML front matter, for reading in any editor. */
export function noteToMarkdown(note: NoteView): string {
  const lines = [
    '---',
    `id: ${yaml(note.id)}`,
    `country: ${yaml(note.country)}`,
    ...(note.countryName ? [`country_name: ${yaml({ vi: note.countryName.vi, en: note.countryName.en })}`] : []),
    ...(note.recordId ? [`record: ${yaml(note.recordId)}`] : []),
    ...(note.recordTitle ? [`record_title: ${yaml({ vi: note.recordTitle.vi, en: note.recordTitle.en })}`] : []),
    ...(note.recordRemoved ? ['record_removed: true'] : []),
    `tags: ${yaml(note.tags)}`,
    `pinned: ${yaml(note.pinned)}`,
    `created: ${yaml(note.createdAt)}`,
    `updated: ${yaml(note.updatedAt)}`,
    '---',
    '',
    '',
  ];
  return `${lines.join('\n')}${note.body}${note.body.endsWith('\n') ? '' : '\n'}`;
}

function slug(note: NoteView): string {
  const words = foldVietnamese(noteTitle(note.body))
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= SLUG_MAX_LENGTH) return words || 'note';
  const cut = words.slice(0, SLUG_MAX_LENGTH);
  // Cut between words, not inside one.
  return (words[SLUG_MAX_LENGTH] === '-' ? cut : cut.replace(/-[^-]*$/, '')).replace(/-+$/, '') || 'note';
}

/** `AZ/2026-11-20-dai-su-noi-ve-dau-khi-1a2b3c4d.md`: by country, then by the day the note was started. */
export function markdownFileName(note: NoteView, taken: ReadonlySet<string>): string {
  const base = `${note.country}/${note.createdAt.slice(0, 10)}-${slug(note)}`;
  const short = `${base}-${note.id.slice(0, 8)}.md`;
  return taken.has(short) ? `${base}-${note.id}.md` : short;
}

/**
 * Writes each note (not those in the trash) to `dir` as a Markdown file with front matter; resolves to the
 * files written, relative to `dir`. Files of the same names are replaced; nothing else in `dir` is touched.
 */
export async function writeNotesAsMarkdown(dir: string, notes: readonly NoteView[]): Promise<string[]> {
  const written = new Set<string>();
  try {
    for (const note of notes) {
      if (note.deletedAt !== undefined) continue;
      const name = markdownFileName(note, written);
      const file = path.join(dir, name);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFileAtomically(file, noteToMarkdown(note));
      written.add(name);
    }
  } catch (error) {
    throw new AppError('write-failed', { file: dir, detail: (error as Error).message }, { cause: error });
  }
  return [...written];
}
