/**
 * The one error type the app raises on purpose. `code` is stable (tests and transports rely on it);
 * the message shown to a person comes from the locale files under `errors.<code>`, with `params`.
 */
export const appErrorCodes = [
  'invalid-input',
  'unknown-request',
  'unknown-country',
  'unknown-record',
  'data-folder-unreadable',
  'data-locked',
  'data-folder-lock-lost',
  'file-newer-than-app',
  'data-folder-read-only',
  'write-failed',
  'disk-full',
  'search-index-stale',
  'dataset-invalid',
  'note-not-found',
  'record-not-found',
  'record-exists',
  'record-changed-meanwhile',
  'record-already-retired',
  'record-not-retired',
  'nothing-to-undo',
  'update-not-found',
  'record-invalid',
  'import-invalid',
  'record-file-invalid',
  'article-format',
  'article-empty',
  'chromium-not-found',
  'pdf-failed',
  'renderer-not-built',
  'host-failed',
  'usage',
  'sender-refused',
  'host-stopped',
  'team-url-missing',
  'team-url-invalid',
  'team-unreachable',
  'team-not-initialized',
  'team-schema-newer',
  'team-role-unknown',
  'team-write-refused',
  'team-change-invalid',
  'team-sync-interrupted',
  'team-not-joined',
  'internal',
] as const;
export type AppErrorCode = (typeof appErrorCodes)[number];

export type AppErrorParams = Record<string, string | number>;

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly params: AppErrorParams;

  constructor(code: AppErrorCode, params: AppErrorParams = {}, options?: { cause?: unknown }) {
    super(`${code}${Object.keys(params).length ? ` ${JSON.stringify(params)}` : ''}`, options);
    this.name = 'AppError';
    this.code = code;
    this.params = params;
  }
}

/** The shape an error takes when it crosses a transport (IPC or HTTP). */
export interface SerializedAppError {
  code: AppErrorCode;
  params: AppErrorParams;
}

export function serializeError(error: unknown): SerializedAppError {
  if (error instanceof AppError) return { code: error.code, params: error.params };
  return { code: 'internal', params: { detail: error instanceof Error ? error.message : String(error) } };
}
