import type { ParseArgsConfig } from 'node:util';
import type { TFunction } from 'i18next';
import type { Language } from '../shared/settings/settings-schema';
import type { Progress } from './terminal-progress';

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Where a long command shows its progress; the terminal's (stderr, TTY only) unless given. */
  progress?: Progress;
}

export interface CliRun {
  values: Record<string, string | boolean | (string | boolean)[] | undefined>;
  positionals: string[];
  /** The CLI's text in a language (English unless the command takes --lang). */
  t: (language: Language) => TFunction;
  io: Required<CliIo>;
}

/** One `country-desk` command: its words, its flags, how many positionals, and what it does. */
export interface CliCommand {
  /** The words that name it: `['countries']`, `['notes', 'add']`. */
  words: readonly string[];
  /** Usage line shown by `help`, e.g. `countries [--json] [--data DIR]`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  positionals: { min: number; max: number };
  /** Resolves to the exit code; a long-running command (serve) resolves when it ends. */
  run(input: CliRun): Promise<number>;
}

export const dataOption = { data: { type: 'string' } } as const;
export const jsonOption = { json: { type: 'boolean' } } as const;
export const langOption = { lang: { type: 'string' } } as const;
