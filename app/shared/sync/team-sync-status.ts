import type { SerializedAppError } from '../app-error';

/** What the app shows of the folder's sync with its team. */
export interface TeamSyncStatus {
  /** Whether the folder joined a team (`team join`); the URL as stored (never with a password). */
  joined: boolean;
  url?: string;
  /** ISO timestamp of the last sync that ended well. */
  lastSyncedAt?: string;
  /** The officer's changes waiting to be pushed. */
  pending: number;
  /** Why the last sync failed, when it did (cleared by one that ends well). */
  lastError?: SerializedAppError & { at: string };
}

/** What one sync did: changes taken from the team, changes pushed, conflicts filed in the Updates list. */
export interface TeamSyncReport {
  pulled: number;
  pushed: number;
  conflicts: number;
}
