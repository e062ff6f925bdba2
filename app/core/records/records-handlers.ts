import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Handlers } from '../../contract';
import { AppError } from '../../shared/app-error';
import type { OfficerLayer } from './officer-layer';

type RecordsRequestName =
  | 'getRecord'
  | 'addRecord'
  | 'editRecord'
  | 'retireRecord'
  | 'restoreRecord'
  | 'undoRecordChange'
  | 'listRecordUpdates'
  | 'resolveRecordUpdate'
  | 'importDatasetPack';

/** A pack the renderer sent as text, imported from a private temporary file that is removed afterwards. */
async function importPackText(officer: OfficerLayer, text: string, dryRun: boolean) {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-pack-'));
  try {
    const file = path.join(folder, 'pack.json');
    await writeFile(file, text, { encoding: 'utf8', mode: 0o600 });
    return await officer.importPack(file, { dryRun });
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The requests of the officer's layer: a record's detail, its changes, the Updates list, a dataset pack. */
export function createRecordsHandlers(desk: { readonly officer: OfficerLayer }): Pick<Handlers, RecordsRequestName> {
  const { officer } = desk;
  return {
    async getRecord({ id }) {
      const detail = await officer.detail(id);
      if (!detail) throw new AppError('record-not-found', { id });
      return detail;
    },
    addRecord: ({ record, articles }) => officer.add(record, articles),
    editRecord: ({ id, record, articles, basedOn }) => officer.edit(id, record, articles, basedOn),
    retireRecord: ({ id, reason }) => officer.retire(id, reason),
    restoreRecord: ({ id }) => officer.restore(id),
    undoRecordChange: ({ id }) => officer.undo(id),
    listRecordUpdates: async () => officer.updates(),
    resolveRecordUpdate: (input) => officer.resolve(input.id, input),
    importDatasetPack: ({ text, dryRun }) => importPackText(officer, text, dryRun),
  };
}
