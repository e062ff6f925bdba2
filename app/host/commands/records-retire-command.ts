import { AppError } from '../../shared/app-error';
import { dataOption, defineCliCommand, langOption } from '../cli-command';
import { runCliRequest } from '../cli-request';
import { checkRetirable } from '../records/check-before-write';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';

export const recordsRetireCommand = defineCliCommand({
  words: ['records', 'retire'],
  usage: 'records retire ID --reason TEXT [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...langOption, reason: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    if (values.reason === undefined) throw new AppError('usage', { detail: command.t('records.reasonRequired') });
    const id = positionals[0] ?? '';
    const reason = values.reason.normalize('NFC');
    await withDeskHandlers(command, 'read', io, (handlers) => checkRetirable(handlers, id));
    const detail = await withDeskHandlers(command, 'write', io, (handlers) => runCliRequest(handlers, 'retireRecord', { id, reason }));
    io.stdout(command.t('records.retired', { id, revision: detail.mark.revision, reason: detail.retired?.reason ?? reason }));
    return 0;
  },
});
