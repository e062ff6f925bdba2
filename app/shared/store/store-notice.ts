/** Something the officer must be told about their data files (shown in the app, printed by the CLI). */
export interface StoreNotice {
  code:
    | 'file-damaged-recovered'
    | 'file-damaged-reset'
    | 'file-damaged-recovered-read-only'
    | 'file-damaged-reset-read-only'
    | 'file-newer-than-app'
    | 'file-newer-unreadable'
    | 'file-migrated'
    | 'dataset-updated'
    | 'note-damaged-unrecoverable'
    | 'note-damaged-unrecoverable-read-only';
  /** The data file concerned, relative to the data folder. */
  file: string;
  /** Where a damaged file was moved, relative to the data folder. */
  movedTo?: string;
  /** The copy in use instead of a file that cannot be read, relative to the data folder. */
  usedCopy?: string;
  fromVersion?: number;
  toVersion?: number;
  /** Dataset versions when the bundled dataset replaced the records. */
  fromDataset?: string;
  toDataset?: string;
}
