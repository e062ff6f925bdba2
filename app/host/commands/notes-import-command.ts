import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { openDesk } from '../../core/desk';
import { importNotesExport, parseNotesExport } from '../../core/notes/notes-exchange';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, type CliCommand } from '../cli-command';

export const notesImportCommand: CliCommand = {
  words: ['notes', 'import'],
  usage: 'notes import FILE [--data DIR]',
  options: { ...dataOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const file = path.resolve(positionals[0] ?? '');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new AppError('import-invalid', { path: file, detail: (error as Error).message }, { cause: error });
    }
    // Validated before the data folder is opened: a bad file changes nothing.
    const data = parseNotesExport(text, file);
    const desk = await openDesk({ dataDir: resolveDataDir(values.data as string | undefined), access: 'write' });
    try {
      const report = await importNotesExport(desk.notes, data);
      io.stdout(t('en')('notes:cli.imported', { file, ...report }));
      return 0;
    } finally {
      await desk.close();
    }
  },
};
