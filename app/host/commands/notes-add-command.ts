import { randomUUID } from 'node:crypto';
import { AppError } from '../../shared/app-error';
import { openCliDesk } from '../open-cli-desk';
import { createHandlers } from '../../core/handlers';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand } from '../cli-command';
import { runCliRequest } from '../cli-request';
import { parseCountryArgument } from './show-command';

export const notesAddCommand = defineCliCommand({
  words: ['notes', 'add'],
  usage: 'notes add --country CODE [--record ID] --text TEXT [--tag TAG]... [--pin] [--data DIR]',
  options: {
    ...dataOption,
    country: { type: 'string' },
    record: { type: 'string' },
    text: { type: 'string' },
    tag: { type: 'string', multiple: true },
    pin: { type: 'boolean' },
  },
  positionals: { min: 0, max: 0 },
  async run({ values, io, t }) {
    const tl = t('en');
    if (typeof values.country !== 'string') throw new AppError('usage', { detail: tl('notes:cli.countryRequired') });
    if (typeof values.text !== 'string' || values.text.trim() === '') throw new AppError('usage', { detail: tl('notes:cli.textRequired') });
    const country = parseCountryArgument(values.country);
    const tags = (values.tag ?? []).flatMap((tag) => tag.split(',')).map((tag) => tag.trim()).filter(Boolean);
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'write' }, io, tl);
    try {
      const note = await runCliRequest(createHandlers(desk), 'saveNote', {
        id: randomUUID(),
        country,
        ...(typeof values.record === 'string' ? { recordId: values.record } : {}),
        body: values.text,
        tags,
        pinned: values.pin === true,
      });
      io.stdout(tl('notes:cli.added', { id: note.id, target: note.recordId ?? note.country }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
