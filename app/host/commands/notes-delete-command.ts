import { openCliDesk } from '../open-cli-desk';
import { createHandlers } from '../../core/handlers';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand } from '../cli-command';
import { runCliRequest } from '../cli-request';

/** Moves a note to the trash, as the app's Delete does (it can be restored for 30 days): the way out for a note no screen can show. */
export const notesDeleteCommand = defineCliCommand({
  words: ['notes', 'delete'],
  usage: 'notes delete ID [--data DIR]',
  options: { ...dataOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'write' }, io, t('en'));
    try {
      const note = await runCliRequest(createHandlers(desk), 'deleteNote', { id: positionals[0] ?? '' });
      io.stdout(t('en')('notes:cli.deleted', { id: note.id }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
