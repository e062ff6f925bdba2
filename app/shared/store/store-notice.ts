import { z } from 'zod';

export const storeNoticeCodes = [
  'file-damaged-recovered',
  'file-damaged-reset',
  'file-damaged-recovered-read-only',
  'file-damaged-reset-read-only',
  'file-newer-than-app',
  'file-newer-unreadable',
  'file-migrated',
  'dataset-updated',
  'note-damaged-unrecoverable',
  'note-damaged-unrecoverable-read-only',
  'data-folder-lock-lost',
] as const;

/** Something the officer must be told about their data files (shown in the app, printed by the CLI). */
export const storeNoticeSchema = z.object({
  code: z.enum(storeNoticeCodes),
  /** The data file concerned, relative to the data folder. */
  file: z.string().min(1),
  /** Where a damaged file was moved, relative to the data folder. */
  movedTo: z.string().optional(),
  /** The copy in use instead of a file that cannot be read, relative to the data folder. */
  usedCopy: z.string().optional(),
  fromVersion: z.number().int().optional(),
  toVersion: z.number().int().optional(),
  /** Dataset versions when the bundled dataset replaced the records. */
  fromDataset: z.string().optional(),
  toDataset: z.string().optional(),
});
export type StoreNotice = z.infer<typeof storeNoticeSchema>;
