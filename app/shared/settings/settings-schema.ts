import { z } from 'zod';

export const languageSchema = z.enum(['vi', 'en']);
export type Language = z.infer<typeof languageSchema>;

export const SETTINGS_SCHEMA_VERSION = 1;

const officerNameSchema = z.string().trim().min(1).max(120);

/** settings.json. Strict: a file of another shape is damaged (moved aside, the officer told), never read as defaults. */
export const settingsFileSchema = z
  .object({
    schemaVersion: z.number().int(),
    /** The officer's chosen language; unset means "follow the system language". */
    language: languageSchema.optional(),
    /** The officer's name, printed as the author of the briefs' PDFs. */
    officerName: officerNameSchema.optional(),
  })
  .strict();
export type SettingsFile = z.infer<typeof settingsFileSchema>;

/** What the renderer may change; an empty officer name clears it. */
export const settingsPatchSchema = z
  .object({ language: languageSchema, officerName: z.union([officerNameSchema, z.literal('')]) })
  .partial()
  .strict();

export interface Settings {
  language: Language | undefined;
  /** The officer's name, recorded with every change of theirs to a record ('' when not set). */
  officerName: string;
}
