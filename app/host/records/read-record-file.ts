import { readFile } from 'node:fs/promises';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { AppError } from '../../shared/app-error';
import { addRecordInputSchema } from '../../shared/records/record-layers';
import type { RelationsRecord } from '../../shared/records/record-schema';
import { mergeRecordPatch, patchedRecordSchema, recordPatchFileSchema, type RecordPatchFile } from '../../core/records/record-patch';
import { issueLine } from './record-issue-line';

const BYTE_ORDER_MARK = '\uFEFF';

/** The file as JSON, its text in NFC (a decomposed file renders and prints badly); refused in the officer's words otherwise. */
async function readJsonFile(file: string, t: TFunction): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('record-file-invalid', { path: file, detail: t('records.unreadable', { detail: (error as Error).message }) }, { cause: error });
  }
  try {
    return JSON.parse((text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text).normalize('NFC')) as unknown;
  } catch (error) {
    throw new AppError('record-file-invalid', { path: file, detail: t('records.notJson', { detail: (error as Error).message }) }, { cause: error });
  }
}

/** `raw` parsed by `schema`, or refused with one line naming the field and the problem of its first issue. */
function parseRecordInput<S extends z.ZodType>(schema: S, raw: unknown, file: string, t: TFunction): z.output<S> {
  const result = schema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  const [first] = result.error.issues;
  throw new AppError('record-file-invalid', { path: file, detail: first ? issueLine(first, t) : t('records.problem.invalid') });
}

/** A record file of `records add`: `{ "record": …, "articles": [the cited articles the folder lacks] }`. */
export async function readRecordFile(file: string, t: TFunction): Promise<z.output<typeof addRecordInputSchema>> {
  return parseRecordInput(addRecordInputSchema, await readJsonFile(file, t), file, t);
}

/** A patch file of `records edit`: the fields to change, and `articles` a new source cites. */
export async function readRecordPatchFile(file: string, t: TFunction): Promise<RecordPatchFile> {
  return parseRecordInput(recordPatchFileSchema, await readJsonFile(file, t), file, t);
}

/** The current record with the patch merged on, validated as a whole record (the fields named as in the patch). */
export function patchRecord(current: RelationsRecord, patch: RecordPatchFile, file: string, t: TFunction): RelationsRecord {
  return parseRecordInput(patchedRecordSchema(current), mergeRecordPatch(current, patch), file, t);
}
