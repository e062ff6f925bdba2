import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { storeNoticeSchema, type StoreNotice } from '../../shared/store/store-notice';
import { openDataFile } from './data-file';

export const PENDING_NOTICES_FILE_NAME = 'notices.json';
const PENDING_NOTICES_SCHEMA_VERSION = 1;

const pendingNoticesFileSchema = z
  .object({ schemaVersion: z.number().int(), notices: z.array(storeNoticeSchema) })
  .strict();

const sameNotice = (a: StoreNotice, b: StoreNotice) => JSON.stringify(a) === JSON.stringify(b);

/** The notices of a data folder the officer has not been shown yet. */
export interface PendingNotices {
  readonly notices: readonly StoreNotice[];
  /** The officer has seen them (the app showed them, a command printed them): they are not told again. */
  acknowledge(): Promise<void>;
}

/**
 * Keeps recovery notices in the data folder (notices.json) until the app has shown them, so that one told
 * by a command that does not print it (or by a reading command) reaches the officer at the next open,
 * wherever the recovery happened. `fresh` are the notices of this open; a reading desk only reads the file.
 */
export async function keepPendingNotices(dataDir: string, fresh: readonly StoreNotice[], readOnly: boolean): Promise<PendingNotices> {
  if (fresh.length === 0 && !existsSync(path.join(dataDir, PENDING_NOTICES_FILE_NAME))) return { notices: [], acknowledge: async () => undefined };
  const file = await openDataFile({
    dataDir,
    name: PENDING_NOTICES_FILE_NAME,
    schema: pendingNoticesFileSchema,
    version: PENDING_NOTICES_SCHEMA_VERSION,
    createDefault: () => ({ schemaVersion: PENDING_NOTICES_SCHEMA_VERSION, notices: [] }),
    readOnly,
    debounceMs: 0,
  });
  const all = [...file.notices, ...file.data.notices];
  for (const notice of fresh) if (!all.some((known) => sameNotice(known, notice))) all.push(notice);
  if (!file.readOnly && all.length !== file.data.notices.length) {
    file.update((data) => (data.notices = all));
    await file.flush();
  }
  return {
    notices: all,
    async acknowledge() {
      if (file.readOnly || file.data.notices.length === 0) return;
      file.update((data) => (data.notices = []));
      await file.flush();
    },
  };
}
