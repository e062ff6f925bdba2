import { useTranslation } from 'react-i18next';
import type { BriefNote } from '../../../app/shared/briefs/brief-notes';
import type { RelationsRecord } from '../../../app/shared/records/record-schema';
import type { Language } from '../../../app/shared/settings/settings-schema';
import { renderNoteMarkdown } from '../notes/render-note-markdown';

interface BriefNotesProps {
  notes: readonly BriefNote[];
  /** The country's records, to name the record a note is about. */
  records: readonly RelationsRecord[];
  lang: Language;
}

/** The officer's chosen notes, their Markdown rendered inert, with what each is about and its tags. */
export function BriefNotes({ notes, records, lang }: BriefNotesProps) {
  const { t } = useTranslation('briefs', { lng: lang });
  const recordTitle = (id: string) => records.find((record) => record.id === id)?.title[lang] ?? id;
  return (
    <ul className="brief__notes">
      {notes.map((note) => (
        <li key={note.id}>
          {note.recordId && <p className="brief__note-meta">{t('doc.noteAbout', { record: recordTitle(note.recordId) })}</p>}
          <div className="brief__note-body" dangerouslySetInnerHTML={{ __html: renderNoteMarkdown(note.body) }} />
          {note.tags.length > 0 && <p className="brief__note-meta">{t('doc.noteTags', { tags: note.tags.join(', ') })}</p>}
        </li>
      ))}
    </ul>
  );
}
