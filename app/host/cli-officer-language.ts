import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { SETTINGS_FILE_NAME } from '../core/settings/settings-file';
import { settingsFileSchema, type Language } from '../shared/settings/settings-schema';
import { parseLanguageFlag } from './cli-language';

/** The language chosen in the data folder's settings.json; undefined when none is chosen or the file is absent or unreadable. */
async function settingsLanguage(dataDir: string): Promise<Language | undefined> {
  try {
    const parsed = settingsFileSchema.safeParse(JSON.parse(await readFile(path.join(dataDir, SETTINGS_FILE_NAME), 'utf8')));
    return parsed.success ? parsed.data.language : undefined;
  } catch {
    // No settings yet, or a damaged file (the desk tells about that when it opens): the CLI's default language then.
    return undefined;
  }
}

/**
 * The officer's language for a command that edits their records: `--lang` when given, else the language of
 * the folder's settings, else English. Read without opening the desk, so a refusal can be said before anything is.
 */
export async function officerLanguage(flag: string | undefined, dataDir: string, t: TFunction): Promise<Language> {
  if (flag !== undefined) return parseLanguageFlag(flag, t);
  return (await settingsLanguage(dataDir)) ?? 'en';
}
