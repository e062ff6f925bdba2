import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { dataOption, defineCliCommand, langOption } from '../cli-command';
import { runCliRequest } from '../cli-request';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';
import { patchRecord, readRecordPatchFile } from '../records/read-record-file';

export const recordsEditCommand = defineCliCommand({
  words: ['records', 'edit'],
  usage: 'records edit ID --file PATCH.json [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...langOption, file: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    if (values.file === undefined) throw new AppError('usage', { detail: command.t('records.fileRequired') });
    const file = path.resolve(values.file);
    const id = positionals[0] ?? '';
    const patch = await readRecordPatchFile(file, command.t);
    // The patched record is validated as a whole before the folder is opened for writing; the edit is then
    // based on the revision it was read at, so a change made meanwhile is refused rather than overwritten.
    const current = await withDeskHandlers(command, 'read', io, (handlers) => runCliRequest(handlers, 'getRecord', { id }));
    const record = patchRecord(current.record, patch, file, command.t);
    const detail = await withDeskHandlers(command, 'write', io, (handlers) =>
      runCliRequest(handlers, 'editRecord', { id, record, articles: patch.articles, basedOn: current.mark.revision }),
    );
    io.stdout(command.t('records.edited', { id, revision: detail.mark.revision }));
    return 0;
  },
});
