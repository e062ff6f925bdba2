import type { AppErrorCode } from '../app-error';

/**
 * Where the search index of the open data folder is: ready, being built in the background (after a
 * dataset update: searches meanwhile find the countries and notes, not yet every record), or failed.
 */
export type SearchIndexState =
  | { state: 'ready' }
  | { state: 'building'; done: number; total: number }
  | { state: 'failed'; code: AppErrorCode };
