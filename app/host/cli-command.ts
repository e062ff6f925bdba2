import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import type { TFunction } from 'i18next';
import { AppError } from '../shared/app-error';
import type { Language } from '../shared/settings/settings-schema';
import type { Progress } from './terminal-progress';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where a long command shows its progress; the terminal's (stderr, TTY only) unless given. */
  progress?: Progress;
}

/** What every command is given besides its flags. */
export interface CliContext {
  /** The CLI's text in a language (English unless the command takes --lang). */
  t: (language: Language) => TFunction;
  io: Required<CliIo>;
  /** The language the command's error line is said in from now on (English until a command chooses one). */
  speakIn: (language: Language) => void;
}

/** The flags of a command, typed from its parseArgs options (`string`, `boolean`, `string[]` when `multiple`). */
export type CliFlags<O extends ParseArgsOptionsConfig> = ReturnType<
  typeof parseArgs<{ args: string[]; options: O; allowPositionals: true; strict: true }>
>['values'];

export interface CliRun<O extends ParseArgsOptionsConfig> extends CliContext {
  values: CliFlags<O>;
  positionals: string[];
}

/** One `country-desk` command: its words, its flags, how many positionals, and what it does. */
export interface CliCommandSpec<O extends ParseArgsOptionsConfig> {
  /** The words that name it: `['countries']`, `['notes', 'add']`. */
  words: readonly string[];
  /** Usage line shown by `help`, e.g. `countries [--json] [--data DIR]`. */
  usage: string;
  options: O;
  positionals: { min: number; max: number };
  /** Resolves to the exit code; a long-running command (serve) resolves when it ends. */
  run(input: CliRun<O>): Promise<number>;
}

/** A command ready to run on the arguments after its words. */
export interface CliCommand {
  words: readonly string[];
  usage: string;
  run(args: readonly string[], context: CliContext): Promise<number>;
}

/**
 * The usage error for the first thing wrong with the flags, in the CLI's words (`t`): an unknown
 * option, a missing or empty value, a value given to a switch. parseArgs's own messages are English prose.
 */
function flagProblem(args: readonly string[], options: ParseArgsOptionsConfig, t: TFunction): string | undefined {
  const { tokens } = parseArgs({ args: [...args], options, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = options[token.name];
    if (option === undefined) return t('unknownOption', { option: token.rawName });
    if (option.type === 'boolean' && token.inlineValue) return t('flagTakesNoValue', { option: token.rawName });
    // `--lang --json`: strict parsing would refuse the option-like value too, in its own words.
    const optionLike = !token.inlineValue && token.value?.startsWith('-') === true;
    if (option.type === 'string' && (token.value === undefined || token.value.trim() === '' || optionLike)) {
      return t('flagNeedsValue', { option: token.rawName });
    }
  }
  return undefined;
}

/** Makes a command whose `run` gets its flags typed from `options`; bad flags are one usage line. */
export function defineCliCommand<const O extends ParseArgsOptionsConfig>(spec: CliCommandSpec<O>): CliCommand {
  return {
    words: spec.words,
    usage: spec.usage,
    run(args, context) {
      const t = context.t('en');
      const problem = flagProblem(args, spec.options, t);
      if (problem !== undefined) throw new AppError('usage', { detail: problem });
      const { values, positionals } = parseArgs({ args: [...args], options: spec.options, allowPositionals: true, strict: true });
      if (positionals.length < spec.positionals.min || positionals.length > spec.positionals.max) {
        throw new AppError('usage', { detail: t('usageLine', { usage: spec.usage }) });
      }
      return spec.run({ ...context, values, positionals });
    },
  };
}

export const dataOption = { data: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
export const langOption = { lang: { type: 'string' } } as const;
