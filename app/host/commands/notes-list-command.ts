import { openCliDesk } from '../open-cli-desk';
import { compareNotesForDisplay } from '../../shared/notes/note-view';
import { noteTitle } from '../../shared/notes/note-title';
import { toNoteView } from '../../core/notes/to-note-view';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, jsonOption, langOption, defineCliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';
import { parseCountryArgument } from './show-command';
import { AppError } from '../../shared/app-error';

export const notesListCommand = defineCliCommand({
  words: ['notes', 'list'],
  usage: 'notes list [--country CODE] [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption, country: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const country = values.country === undefined ? undefined : parseCountryArgument(values.country);
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, t(language));
    try {
      const all = desk.notes.all();
      if (country && !desk.records.findCountry(country) && !all.some((note) => note.country === country)) {
        throw new AppError('unknown-country', { code: country });
      }
      const notes = await Promise.all(
        all
          .filter((note) => note.deletedAt === undefined && (country === undefined || note.country === country))
          .sort(compareNotesForDisplay)
          .map((note) => toNoteView(note, desk.records)),
      );
      const tl = t(language);
      if (values.json) {
        io.stdout(JSON.stringify(notes, null, 2));
        return 0;
      }
      if (notes.length === 0) io.stdout(tl('notes:cli.noNotes'));
      for (const note of notes) {
        const attachment =
          note.recordId === undefined
            ? tl('notes:cli.onCountry')
            : tl(note.recordRemoved ? 'notes:cli.onRemovedRecord' : 'notes:cli.onRecord', { id: note.recordId });
        const flags = [note.pinned ? tl('notes:cli.pinned') : '', ...note.tags.map((tag) => `#${tag}`)].filter(Boolean).join(' ');
        io.stdout(tl('notes:cli.listLine', { id: note.id, country: note.country, attachment, title: noteTitle(note.body), flags }).trimEnd());
      }
      return 0;
    } finally {
      await desk.close();
    }
  },
});
