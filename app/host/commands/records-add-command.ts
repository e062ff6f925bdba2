import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { dataOption, defineCliCommand, langOption } from '../cli-command';
import { runCliRequest } from '../cli-request';
import { checkNewRecord } from '../records/check-before-write';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';
import { readRecordFile } from '../records/read-record-file';

export const recordsAddCommand = defineCliCommand({
  words: ['records', 'add'],
  usage: 'records add --file RECORD.json [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...langOption, file: { type: 'string' } },
  positionals: { min: 0, max: 0 },
  async run({ values, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    if (values.file === undefined) throw new AppError('usage', { detail: command.t('records.fileRequired') });
    // The whole file is validated before the folder is opened for writing: a refused file changes nothing.
    const input = await readRecordFile(path.resolve(values.file), command.t);
    await withDeskHandlers(command, 'read', io, (handlers) => checkNewRecord(handlers, input.record));
    const detail = await withDeskHandlers(command, 'write', io, (handlers) => runCliRequest(handlers, 'addRecord', input));
    io.stdout(command.t('records.added', { id: detail.record.id, country: detail.record.country, revision: detail.mark.revision }));
    return 0;
  },
});
