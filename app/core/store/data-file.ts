import { copyFile, mkdir, readFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Low, type Adapter } from 'lowdb';
import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
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
}

export interface DataFile<T> {
  readonly data: T;
  /** True when the file was written by a newer app, or the file was opened by a reading command. */
  readonly readOnly: boolean;
  readonly notices: readonly StoreNotice[];
  /** Changes the data and schedules a write. */
  update(change: (data: T) => void): void;
  /** Writes pending changes now and waits until they are on disk. */
  flush(): Promise<void>;
}

type Parsed = { ok: true; value: Record<string, unknown> } | { ok: false };

async function readJson(file: string): Promise<Parsed | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('data-folder-unreadable', { path: file, detail: (error as Error).message }, { cause: error });
  }
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false };
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false };
  }
}

function timestampForFileName(): string {
  return new Date().toISOString().replace(/[:.]/g, '-');
}

/**
 * Opens one lowdb JSON file of the data folder, never losing what is on disk:
 * - a missing file is created from `createDefault`;
 * - a file that does not parse or validate is moved aside and the previous good copy is used;
 * - a file from a newer app is opened read-only and never rewritten;
 * - an older file is copied to backups/ and migrated step by step.
 * Writes are debounced, serialized, durable and atomic.
 */
export async function openDataFile<T extends { schemaVersion: number }>(
  options: DataFileOptions<T>,
): Promise<DataFile<T>> {
  const file = path.join(options.dataDir, options.name);
  const notices: StoreNotice[] = [];
  let readOnly = options.readOnly ?? false;
  let needsWrite = false;

  const fromDisk = async (parsed: Parsed | undefined, label: string): Promise<T | undefined> => {
    if (!parsed?.ok) return undefined;
    const version = parsed.value.schemaVersion;
    if (typeof version !== 'number' || !Number.isInteger(version)) return undefined;
    if (version > options.version) {
      readOnly = true;
      notices.push({ code: 'file-newer-than-app', file: options.name, fromVersion: version, toVersion: options.version });
      const result = options.schema.safeParse(parsed.value);
      return result.success ? result.data : (parsed.value as T);
    }
    let value = parsed.value;
    if (version < options.version) {
      if (!options.readOnly) {
        const backups = path.join(options.dataDir, 'backups');
        await mkdir(backups, { recursive: true });
        await copyFile(label, path.join(backups, `${options.name.replaceAll('/', '_')}.v${version}.${timestampForFileName()}`));
      }
      for (let v = version; v < options.version; v += 1) {
        const migrate = options.migrations?.[v];
        if (!migrate) return undefined;
        value = { ...migrate(value), schemaVersion: v + 1 };
      }
      notices.push({ code: 'file-migrated', file: options.name, fromVersion: version, toVersion: options.version });
      needsWrite = true;
    }
    const result = options.schema.safeParse(value);
    return result.success ? result.data : undefined;
  };

  const resilientRead = async (): Promise<T> => {
    const parsed = await readJson(file);
    if (parsed === undefined) {
      needsWrite = true;
      return normalizeTextDeep(await options.createDefault());
    }
    const current = await fromDisk(parsed, file);
    if (current !== undefined) return current;

    const previous = previousCopyPath(file);
    const recovered = await fromDisk(await readJson(previous), previous);
    let movedTo: string | undefined;
    if (!readOnly) {
      movedTo = `${options.name}.damaged-${timestampForFileName()}`;
      await rename(file, path.join(options.dataDir, movedTo));
      needsWrite = true;
    }
    if (recovered !== undefined) {
      notices.push({ code: 'file-damaged-recovered', file: options.name, ...(movedTo ? { movedTo } : {}) });
      return recovered;
    }
    notices.push({ code: 'file-damaged-reset', file: options.name, ...(movedTo ? { movedTo } : {}) });
    return normalizeTextDeep(await options.createDefault());
  };

  const adapter: Adapter<T> = {
    read: resilientRead,
    write: (data) => writeFileDurably(file, `${JSON.stringify(normalizeTextDeep(data))}\n`),
  };
  const db = new Low<T>(adapter, await resilientRead());

  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let dirty = false;
  let lastError: unknown;

  const writeNow = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = undefined;
    if (!dirty) return chain;
    dirty = false;
    chain = chain.then(() =>
      db.write().catch((error: unknown) => {
        dirty = true;
        lastError = error;
      }),
    );
    return chain;
  };

  const dataFile: DataFile<T> = {
    get data() {
      return db.data;
    },
    get readOnly() {
      return readOnly;
    },
    notices,
    update(change) {
      if (readOnly) throw new AppError('file-newer-than-app', { file: options.name });
      change(db.data);
      dirty = true;
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), options.debounceMs ?? 200);
    },
    async flush() {
      await writeNow();
      if (lastError !== undefined) {
        const error = lastError;
        lastError = undefined;
        throw new AppError('write-failed', { file: options.name, detail: (error as Error).message }, { cause: error });
      }
    },
  };

  if (needsWrite && !readOnly) {
    dirty = true;
    await dataFile.flush();
  }
  return dataFile;
}
