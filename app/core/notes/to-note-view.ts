import type { RecordsService } from '../records/records-service';
import type { Note } from '../../shared/notes/note-schema';
import type { NoteView } from '../../shared/notes/note-view';

export async function toNoteView(note: Note, records: RecordsService): Promise<NoteView> {
  const rest: Partial<Note> = { ...note };
  delete rest.schemaVersion;
  const record = note.recordId === undefined ? undefined : await records.findRecord(note.recordId, note.country);
  const country = records.findCountry(note.country);
  return {
    ...(rest as Omit<Note, 'schemaVersion'>),
    ...(country ? { countryName: country.name } : {}),
    ...(record ? { recordTitle: record.title } : {}),
    recordRemoved: note.recordId !== undefined && record === undefined,
  };
}
