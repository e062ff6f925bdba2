import { z } from 'zod';

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const SETTINGS_SCHEMA_VERSION = 1;

/** settings.json. Strict: a file of another shape is damaged (moved aside, the officer told), never read as defaults. */
export const settingsFileSchema = z
  .object({
    schemaVersion: z.number().int(),
    /** The officer's chosen language; unset means "follow the system language". */
    language: languageSchema.optional(),
    /** The officer's name, printed as the author of the briefs' PDFs. */
    officerName: z.string().trim().min(1).max(120).optional(),
  })
  .strict();
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** What the renderer may change. */
export const settingsPatchSchema = z.object({ language: languageSchema }).partial().strict();

export interface Settings {
  language: Language | undefined;
}
