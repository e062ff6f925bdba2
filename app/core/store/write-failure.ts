import { AppError } from '../../shared/app-error';

/** The error codes of a disk that has no room left: the file system's and SQLite's. */
const DISK_FULL_CODES: ReadonlySet<string> = new Set(['ENOSPC', 'EDQUOT', 'SQLITE_FULL']);

export function isDiskFull(error: unknown): boolean {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' && DISK_FULL_CODES.has(code);
}

/** A write of `file` (relative to the data folder) that failed, as the officer hears it: a full disk says so. */
export function writeFailure(file: string, error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (isDiskFull(error)) return new AppError('disk-full', { file }, { cause: error });
  return new AppError('write-failed', { file, detail: (error as Error).message }, { cause: error });
}
