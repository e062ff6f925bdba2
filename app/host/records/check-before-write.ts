import type { Handlers } from '../../contract';
import { dispatchRequest } from '../../core/dispatch-request';
import { AppError } from '../../shared/app-error';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { runCliRequest } from '../cli-request';

/*
 * Opening a data folder to write already writes (the search cache), so what a change would be refused for is
 * asked first of the folder opened to read, which writes nothing: a refused command leaves every file as it was.
 * The officer's layer checks the same again when it saves.
 */

/** A new record's country must be a partner, and its id free. */
export async function checkNewRecord(handlers: Handlers, record: RelationsRecord): Promise<void> {
  await runCliRequest(handlers, 'getCountry', { code: record.country });
  const existing = await dispatchRequest(handlers, 'getRecord', { id: record.id });
  if (existing.ok) throw new AppError('record-exists', { id: record.id });
  if (existing.error.code !== 'record-not-found') throw new AppError(existing.error.code, existing.error.params);
}

/** The record must exist and not be retired already. */
export async function checkRetirable(handlers: Handlers, id: string): Promise<void> {
  const detail = await runCliRequest(handlers, 'getRecord', { id });
  if (detail.retired) throw new AppError('record-already-retired', { id });
}
