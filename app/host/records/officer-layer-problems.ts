import { existsSync } from 'node:fs';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { missingTranslationProblems } from '../../core/records/check-dataset';
import { OFFICER_FOLDER } from '../../core/records/officer-layer-files';
import type { DatasetProblem } from '../../shared/records/dataset-problems';
import type { CliIo } from '../cli-command';
import { openCliDesk } from '../open-cli-desk';

/** What `check` says of the officer's layer of a data folder: each of their records saved with a translation missing. */
export async function officerLayerProblems(dataDir: string, io: Pick<CliIo, 'stderr'>, t: TFunction): Promise<DatasetProblem[]> {
  if (!existsSync(path.join(dataDir, OFFICER_FOLDER))) return [];
  const desk = await openCliDesk({ dataDir, access: 'read' }, io, t);
  try {
    const mine = (await desk.officer.listMine()).filter((detail) => detail.retired === undefined).map((detail) => detail.record);
    return missingTranslationProblems(mine, 'mine');
  } finally {
    await desk.close();
  }
}
