import { rename } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { backupDataFile, listBackups } from './backup-file';
import { readJsonObject, type ParsedJson } from './read-json-object';
import { previousCopyPath, writeFileDurably } from './durable-json-file';
import { normalizeTextDeep } from './normalize-text';
import type { StoreNotice } from '../../shared/store/store-notice';

/** A migration turns a file's content at version N into version N + 1. */
export type Migration = (data: Record<string, unknown>) => Record<string, unknown>;

export interface DataFileOptions<T extends { schemaVersion: number }> {
  /** The folder the file lives in (notices name files relative to it). */
  dataDir: string;
  /** The file name relative to `dataDir`. */
  name: string;
  schema: z.ZodType<T>;
  /** The schemaVersion this app writes. */
  version: number;
  /** `migrations[n]` turns version n into n + 1. */
  migrations?: Readonly<Record<number, Migration>>;
  /** Content for a file that does not exist yet (or is damaged with no good copy). */
  createDefault: () => T | Promise<T>;
  /** Never write: a command that only reads. */
  readOnly?: boolean;
  /** How long to wait for more changes before writing. */
  debounceMs?: number;
  /** Told at once when a debounced write fails (the change stays pending and is retried at the next flush). */
  onWriteError?: (error: AppError) => void;
}

export interface DataFile<T> {
  readonly data: T;
  /** True when the file was written by a newer app, or the file was opened by a reading command. */
  readonly readOnly: boolean;
  readonly notices: readonly StoreNotice[];
  /** Adds something the officer must be told about this file. */
  addNotice(notice: StoreNotice): void;
  /** Changes the data and schedules a write. */
  update(change: (data: T) => void): void;
  /** Writes pending changes now and waits until they are on disk. */
  flush(): Promise<void>;
}

function timestampForFileName(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens one lowdb JSON file of the data folder, never losing what is on disk:
 * - a missing file is created from `createDefault`;
 * - a file that does not parse or validate is moved aside and the newest good copy is used;
 * - a file from a newer app is opened read-only and never rewritten (if this app cannot read it, the
 *   newest good copy is shown);
 * - an older file is copied to backups/ and migrated step by step.
 * Every file read is validated with `schema`, never cast. Writes are debounced, serialized, durable, atomic.
 */
export async function openDataFile<T extends { schemaVersion: number }>(
  options: DataFileOptions<T>,
): Promise<DataFile<T>> {
  const file = path.join(options.dataDir, options.name);
  const notices: StoreNotice[] = [];
  const reading = options.readOnly ?? false;
  let newer = false;
  let needsWrite = false;

  /** The content of one parsed copy at this app's version, or undefined when it cannot be used. */
  const fromDisk = async (parsed: ParsedJson | undefined, label: string): Promise<T | undefined> => {
    if (!parsed?.ok) return undefined;
    const version = parsed.value.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) return undefined;
    if (version > options.version) {
      if (label === file) {
        newer = true;
        notices.push({ code: 'file-newer-than-app', file: options.name, fromVersion: version, toVersion: options.version });
      }
      const result = options.schema.safeParse(parsed.value);
      return result.success ? result.data : undefined;
    }
    let value = parsed.value;
    if (version < options.version) {
      for (let v = version; v < options.version; v += 1) {
        const migrate = options.migrations?.[v];
        if (!migrate) return undefined;
        value = { ...migrate(value), schemaVersion: v + 1 };
      }
      const migrated = options.schema.safeParse(value);
      if (!migrated.success) return undefined;
      if (!reading && label === file) await backupDataFile(options.dataDir, options.name, `v${version}`);
      notices.push({ code: 'file-migrated', file: options.name, fromVersion: version, toVersion: options.version });
      needsWrite = true;
      return migrated.data;
    }
    const result = options.schema.safeParse(value);
    return result.success ? result.data : undefined;
  };

  /** The newest good copy: the previous version, then backups/ newest first. */
  const newestGoodCopy = async (): Promise<{ value: T; copy: string } | undefined> => {
    const copies = [previousCopyPath(file), ...(await listBackups(options.dataDir, options.name))];
    for (const copy of copies) {
      const value = await fromDisk(await readJsonObject(copy), copy);
      if (value !== undefined) return { value, copy: path.relative(options.dataDir, copy) };
    }
    return undefined;
  };

  const resilientRead = async (): Promise<T> => {
    const parsed = await readJsonObject(file);
    if (parsed === undefined) {
      needsWrite = true;
      return normalizeTextDeep(await options.createDefault());
    }
    const current = await fromDisk(parsed, file);
    if (current !== undefined) return current;

    const recovered = await newestGoodCopy();
    if (newer) {
      // Another shape, from a newer app: left as it is; what this app shows is its newest good copy.
      notices.push({ code: 'file-newer-unreadable', file: options.name, ...(recovered ? { usedCopy: recovered.copy } : {}) });
      return recovered?.value ?? normalizeTextDeep(await options.createDefault());
    }
    if (reading) {
      notices.push({ code: recovered ? 'file-damaged-recovered-read-only' : 'file-damaged-reset-read-only', file: options.name });
      return recovered?.value ?? normalizeTextDeep(await options.createDefault());
    }
    const movedTo = `${options.name}.damaged-${timestampForFileName()}`;
    await rename(file, path.join(options.dataDir, movedTo));
    needsWrite = true;
    notices.push({ code: recovered ? 'file-damaged-recovered' : 'file-damaged-reset', file: options.name, movedTo });
    return recovered?.value ?? normalizeTextDeep(await options.createDefault());
  };

  const adapter: Adapter<T> = {
    read: resilientRead,
    write: (data) => writeFileDurably(file, `${JSON.stringify(normalizeTextDeep(data))}\n`),
  };
  const db = new Low<T>(adapter, await resilientRead());
  const readOnly = reading || newer;

  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let dirty = false;
  /** A failed debounced write nobody was told of (no `onWriteError`): the next flush reports it. */
  let untold: AppError | undefined;
  /** A refusal the app made itself (a folder whose lock was lost) keeps its code. */
  const writeFailed = (error: unknown) =>
    error instanceof AppError ? error : new AppError('write-failed', { file: options.name, detail: (error as Error).message }, { cause: error });

  /** Writes what is pending; a failure leaves it pending and rejects. */
  const writeNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return chain;
    dirty = false;
    const write = chain.then(() =>
      db.write().catch((error: unknown) => {
        dirty = true;
        throw writeFailed(error);
      }),
    );
    chain = write.catch(() => undefined);
    return write;
  };

  const dataFile: DataFile<T> = {
    get data() {
      return db.data;
    },
    readOnly,
    notices,
    addNotice(notice) {
      notices.push(notice);
    },
    update(change) {
      if (newer) throw new AppError('file-newer-than-app', { file: options.name });
      if (reading) throw new AppError('data-folder-read-only', { file: options.name });
      change(db.data);
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        writeNow().catch((error: AppError) => {
          if (options.onWriteError) options.onWriteError(error);
          else untold = error;
        });
      }, options.debounceMs ?? 200);
    },
    async flush() {
      await chain;
      await writeNow();
      const error = untold;
      untold = undefined;
      if (error) throw error;
    },
  };

  if (needsWrite && !readOnly) {
    dirty = true;
    await dataFile.flush();
  }
  return dataFile;
}
