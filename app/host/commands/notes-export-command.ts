import path from 'node:path';
import { openCliDesk } from '../open-cli-desk';
import { toNoteView } from '../../core/notes/to-note-view';
import { buildNotesExport, serializeNotesExport } from '../../core/notes/notes-exchange';
import { writeNotesAsMarkdown } from '../../core/notes/notes-markdown-export';
import { resolveDataDir } from '../../core/store/data-folder';
import { writeOutputFile } from '../../core/briefs/write-output-file';
import { dataOption, defineCliCommand } from '../cli-command';

export const notesExportCommand = defineCliCommand({
  words: ['notes', 'export'],
  usage: 'notes export FILE [--markdown DIR] [--data DIR]',
  options: { ...dataOption, markdown: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const tl = t('en');
    const file = path.resolve(positionals[0] ?? '');
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, tl);
    try {
      const exported = await buildNotesExport(desk.notes);
      await writeOutputFile(file, serializeNotesExport(exported));
      io.stdout(tl('notes:cli.exported', { count: exported.notes.length, file }));
      if (typeof values.markdown === 'string') {
        const dir = path.resolve(values.markdown);
        const views = await Promise.all(desk.notes.all().map((note) => toNoteView(note, desk.records)));
        const written = await writeNotesAsMarkdown(dir, views);
        io.stdout(tl('notes:cli.exportedMarkdown', { count: written.length, dir }));
      }
      return 0;
    } finally {
      await desk.close();
    }
  },
});
