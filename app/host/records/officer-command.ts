import type { TFunction } from 'i18next';
import type { Handlers } from '../../contract';
import { createHandlers } from '../../core/handlers';
import { resolveDataDir } from '../../core/store/data-folder';
import type { Language } from '../../shared/settings/settings-schema';
import type { CliContext, CliIo } from '../cli-command';
import { officerLanguage } from '../cli-officer-language';
import { openCliDesk } from '../open-cli-desk';

export interface OfficerCommand {
  dataDir: string;
  language: Language;
  /** The CLI's text in the officer's language. */
  t: TFunction;
}

/** The data folder and language of a command on the officer's records; its output and error line are in that language. */
export async function startOfficerCommand(values: { data?: string; lang?: string }, context: Pick<CliContext, 't' | 'speakIn'>): Promise<OfficerCommand> {
  const dataDir = resolveDataDir(values.data);
  const language = await officerLanguage(values.lang, dataDir, context.t('en'));
  context.speakIn(language);
  return { dataDir, language, t: context.t(language) };
}

/** Runs `use` on the handlers of the desk opened for `access` (the same requests the app makes), then closes the desk. */
export async function withDeskHandlers<T>(
  command: OfficerCommand,
  access: 'read' | 'write',
  io: Pick<CliIo, 'stderr'>,
  use: (handlers: Handlers) => Promise<T>,
): Promise<T> {
  const desk = await openCliDesk({ dataDir: command.dataDir, access }, io, command.t);
  try {
    return await use(createHandlers(desk));
  } finally {
    await desk.close();
  }
}
