import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { openCliDesk } from '../open-cli-desk';
import { parseNotesExport } from '../../core/notes/notes-exchange';
import { importNotesExport } from '../../core/notes/notes-import';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand } from '../cli-command';

/** How often the import says how far it is, in notes written. */
const PROGRESS_EVERY = 500;

export const notesImportCommand = defineCliCommand({
  words: ['notes', 'import'],
  usage: 'notes import FILE [--dry-run] [--data DIR]',
  options: { ...dataOption, 'dry-run': { type: 'boolean' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const tl = t('en');
    const file = path.resolve(positionals[0] ?? '');
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new AppError('import-invalid', { path: file, detail: (error as Error).message }, { cause: error });
    }
    // Validated before the data folder is opened: a bad file changes nothing.
    const data = parseNotesExport(text, file);
    const dryRun = values['dry-run'] === true;
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: dryRun ? 'read' : 'write' }, io, tl);
    try {
      // Checked whole against this folder's dataset and notes, and said, before anything is written.
      const plan = await importNotesExport(desk.notes, desk.records, data, file, { dryRun: true });
      io.stdout(tl('notes:cli.importPlan', { file, ...plan }));
      if (dryRun) return 0;
      const report = await importNotesExport(desk.notes, desk.records, data, file, {
        onProgress: (done, total) => {
          if (done % PROGRESS_EVERY === 0 || done === total) io.stderr(tl('notes:cli.importProgress', { done, total }));
        },
      });
      io.stdout(tl('notes:cli.imported', { file, ...report }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
