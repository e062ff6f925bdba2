import { readFile } from 'node:fs/promises';
import { AppError } from '../../shared/app-error';

/** A file's content as a JSON object, or `{ ok: false }` when it does not parse to one. */
export type ParsedJson = { ok: true; value: Record<string, unknown> } | { ok: false };

/** A data-folder file's text; undefined when it does not exist, `data-folder-unreadable` when it cannot be read. */
export async function readFileIfPresent(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new AppError('data-folder-unreadable', { path: file, detail: (error as Error).message }, { cause: error });
  }
}

/** Reads `file` as a JSON object; undefined when it does not exist, `data-folder-unreadable` when it cannot be read. */
export async function readJsonObject(file: string): Promise<ParsedJson | undefined> {
  const text = await readFileIfPresent(file);
  if (text === undefined) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    if (value === null || typeof value !== 'object' || Array.isArray(value)) return { ok: false };
    return { ok: true, value: value as Record<string, unknown> };
  } catch {
    return { ok: false };
  }
}
