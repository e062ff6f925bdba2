import { dataOption, defineCliCommand, jsonOption, langOption } from '../cli-command';
import { runCliRequest } from '../cli-request';
import { startOfficerCommand, withDeskHandlers } from '../records/officer-command';

export const recordsHistoryCommand = defineCliCommand({
  words: ['records', 'history'],
  usage: 'records history ID [--json] [--lang vi|en] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, ...context }) {
    const command = await startOfficerCommand(values, context);
    const id = positionals[0] ?? '';
    const detail = await withDeskHandlers(command, 'read', io, (handlers) => runCliRequest(handlers, 'getRecord', { id }));
    if (values.json) {
      io.stdout(JSON.stringify({ id, mark: detail.mark, retired: detail.retired, history: detail.history }, null, 2));
      return 0;
    }
    const { t } = command;
    if (detail.history.length === 0) {
      io.stdout(t('records.noHistory', { id }));
      return 0;
    }
    io.stdout(t('records.historyHeading', { id, origin: t(`records.origin.${detail.retired ? 'retired' : detail.mark.origin}`) }));
    for (const revision of detail.history) {
      io.stdout(t('records.historyLine', { revision: revision.revision, at: revision.at, by: revision.by || t('records.nobody'), action: t(`records.action.${revision.action}`) }));
      if (revision.action === 'retired' && revision.retired) io.stdout(t('records.historyReason', { reason: revision.retired.reason }));
    }
    return 0;
  },
});
