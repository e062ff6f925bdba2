import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoteView } from '../../../app/shared/notes/note-view';
import { api } from '../api';
import { FilterSelect } from '../components/FilterSelect';
import { NoteCard } from '../components/NoteCard';
import { NoteList } from '../components/NoteList';
import { NotesImportControl } from '../components/NotesImportControl';
import { NoteBoundary } from '../components/UnreadableNote';
import { RequestFailure } from '../components/RequestFailure';
import { UndoStatus } from '../components/UndoStatus';
import { downloadTextFile } from '../notes/download-text-file';
import { useDebouncedValue } from '../notes/use-debounced-value';
import { useLanguage } from '../use-language';
import { useRequest } from '../use-request';
import { useStatusMessage } from '../use-status-message';
import './NotesScreen.css';

/** Every note across countries: found by words (diacritics or not), filtered by country and tag; and the trash. */
export function NotesScreen() {
  const { t } = useTranslation('notes');
  const language = useLanguage();
  const [queryText, setQueryText] = useState('');
  const query = useDebouncedValue(queryText.trim(), 200);
  const [country, setCountry] = useState('');
  const [tag, setTag] = useState('');
  const [trash, setTrash] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const { message, say, dismiss } = useStatusMessage(setFailure);
  const searchId = useId();

  const [notes, { reload, update }] = useRequest(
    () => api.listNotes({ ...(query ? { query } : {}), ...(country ? { country } : {}), ...(tag ? { tag } : {}), trash }),
    [query, country, tag, trash],
  );

  const editListing = (change: (notes: NoteView[]) => NoteView[]) => update((listing) => ({ ...listing, notes: change(listing.notes) }));
  const upsert = (note: NoteView) => editListing((notes) => (notes.some((n) => n.id === note.id) ? notes.map((n) => (n.id === note.id ? note : n)) : [note, ...notes]));
  const remove = (id: string) => editListing((notes) => notes.filter((n) => n.id !== id));

  const restoreFromTrash = (note: NoteView) => {
    setFailure(undefined);
    api.restoreNote({ id: note.id }).then(() => {
      remove(note.id);
      say({ key: 'status.restored' }, async () => {
        upsert(await api.deleteNote({ id: note.id }));
        say({ key: 'status.deleted' });
      });
    }, setFailure);
  };

  const restoreButton = (note: NoteView) => (
    <button type="button" onClick={() => restoreFromTrash(note)}>
      {t('actions.restore')}
    </button>
  );

  const exportAll = () => {
    setFailure(undefined);
    api.exportNotes({}).then(({ fileName, text }) => {
      downloadTextFile(fileName, text);
      say({ key: 'exchange.exported', params: { fileName } });
    }, setFailure);
  };

  const listing = notes.status === 'done' ? notes.value : notes.status === 'loading' ? notes.previous : undefined;
  const loading = notes.status === 'loading';
  return (
    <section className="notes-screen" aria-labelledby="notes-heading">
      <h1 id="notes-heading">{t('screen.heading')}</h1>
      <div className="notes-screen__filters">
        <div className="notes-screen__search">
          <label htmlFor={searchId}>{t('screen.search')}</label>
          <input id={searchId} type="search" value={queryText} onChange={(event) => setQueryText(event.target.value)} />
        </div>
        <FilterSelect
          label={t('screen.country')}
          allLabel={t('screen.allCountries')}
          value={country}
          options={listing?.countries.map((c) => ({ value: c.code, label: c.name?.[language] ?? c.code })) ?? []}
          onChange={setCountry}
        />
        <FilterSelect
          label={t('screen.tag')}
          allLabel={t('screen.allTags')}
          value={tag}
          options={listing?.tags.map((name) => ({ value: name, label: name })) ?? []}
          onChange={setTag}
        />
        <div role="group" aria-label={t('screen.show')} className="notes-screen__views">
          <button type="button" aria-pressed={!trash} onClick={() => setTrash(false)}>
            {t('screen.notes')}
          </button>
          <button type="button" aria-pressed={trash} onClick={() => setTrash(true)}>
            {t('screen.trash')}
          </button>
        </div>
      </div>
      <div className="notes-screen__exchange">
        <button type="button" onClick={exportAll}>
          {t('exchange.export')}
        </button>
        <NotesImportControl
          onStart={() => setFailure(undefined)}
          onImported={(fileName, report) => {
            say({ key: 'exchange.imported', params: { fileName, ...report } });
            reload();
          }}
          onFailure={setFailure}
        />
      </div>
      <UndoStatus message={message} onDismiss={dismiss} />
      {failure !== undefined && <RequestFailure error={failure} />}
      {notes.status === 'failed' && <RequestFailure error={notes.error} />}
      {trash && <p className="notes-screen__hint">{t('screen.trashHint')}</p>}
      {loading && !listing && <p>{t('app:loading')}</p>}
      {listing && (
        <>
          <p role="status" className="notes-screen__count" aria-busy={loading}>
            {listing.notes.length === 0
              ? query || country || tag
                ? t('screen.noMatches')
                : trash
                  ? t('screen.trashEmpty')
                  : t('screen.none')
              : t(trash ? 'screen.trashCount' : 'screen.count', { count: listing.notes.length })}
          </p>
          {trash ? (
            <ul aria-label={t('screen.trashList')} className="notes-screen__trash">
              {listing.notes.map((note) => (
                <li key={note.id}>
                  <NoteBoundary note={note} actions={restoreButton(note)}>
                    <NoteCard note={note} showAttachment actions={restoreButton(note)} />
                  </NoteBoundary>
                </li>
              ))}
            </ul>
          ) : (
            <NoteList notes={listing.notes} label={t('screen.list')} showAttachment onChanged={upsert} onRemoved={remove} />
          )}
        </>
      )}
    </section>
  );
}
