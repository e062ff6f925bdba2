/** Something the officer must be told about their data files (shown in the app, printed by the CLI). */
export interface StoreNotice {
  code: 'file-damaged-recovered' | 'file-damaged-reset' | 'file-newer-than-app' | 'file-migrated' | 'note-damaged-unrecoverable';
  /** The data file concerned, relative to the data folder. */
  file: string;
  /** Where a damaged file was moved, relative to the data folder. */
  movedTo?: string;
  fromVersion?: number;
  toVersion?: number;
}
