import { AppError } from '../shared/app-error';
import type { Language } from '../shared/settings/settings-schema';
import { createNodeTranslator, describeAppError } from '../core/i18n/node-translator';
import type { CliIo } from './cli-command';
import { cliCommands, type LazyCliCommand } from './cli-commands';
import { escapeControlCharacters } from './escape-control-characters';
import { terminalProgress } from './terminal-progress';

// The bundle's entry (dist/cli/cli.js) gives bin/country-desk.mjs the process's output too.
export { processCliIo } from './process-cli-io';

function findCommand(argv: readonly string[]): { command: LazyCliCommand; rest: string[] } | undefined {
  const byLength = [...cliCommands].sort((a, b) => b.words.length - a.words.length);
  for (const command of byLength) {
    if (command.words.every((word, i) => argv[i] === word)) return { command, rest: argv.slice(command.words.length) };
  }
  return undefined;
}

/** Every command's usage line: the only time every command's module is loaded. */
async function helpText(t: ReturnType<ReturnType<typeof createNodeTranslator>>): Promise<string> {
  const commands = await Promise.all(cliCommands.map((command) => command.load()));
  return [t('helpHeading'), ...commands.map((c) => `  country-desk ${c.usage}`)].join('\n');
}

/** Runs the `country-desk` command line; resolves to the exit code. Errors print one line. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const translate = createNodeTranslator();
  let t = translate('en');
  const speakIn = (language: Language) => {
    t = translate(language);
  };
  const progress = io.progress ?? terminalProgress();
  try {
    if (argv.length === 0 || argv[0] === 'help' || argv[0] === '--help') {
      io.stdout(await helpText(t));
      return argv.length === 0 ? 2 : 0;
    }
    const found = findCommand(argv);
    if (!found) {
      const isGroup = cliCommands.some((c) => c.words.length > 1 && c.words[0] === argv[0]);
      throw new AppError('usage', { detail: t('unknownCommand', { command: argv.slice(0, isGroup ? 2 : 1).join(' ') }) });
    }
    return await (await found.command.load()).run(found.rest, { t: translate, io: { ...io, progress }, speakIn });
  } catch (error) {
    const message = error instanceof AppError ? describeAppError(t, error) : t('errors:internal', { detail: (error as Error).message });
    progress.clear();
    io.stderr(`country-desk: ${escapeControlCharacters(message)}`);
    return error instanceof AppError && error.code === 'usage' ? 2 : 1;
  }
}
