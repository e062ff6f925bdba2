import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { TFunction } from 'i18next';
import { AppError } from '../../shared/app-error';
import { isPartialDate } from '../../shared/records/partial-date';
import { decodeArticleBytes } from '../../core/article-import/decode-article-bytes';
import { importArticle, type ArticleImport } from '../../core/article-import/import-article';
import { importSessionDir, readImportSession, saveImportSession } from '../../core/article-import/save-import-session';
import { openCliDesk } from '../open-cli-desk';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, defineCliCommand, jsonOption, type CliContext } from '../cli-command';

function parseDateFlag(value: string | undefined, t: TFunction): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !isPartialDate(value)) throw new AppError('usage', { detail: t('import:cli.dateInvalid', { value }) });
  return value;
}

async function readArticleFile(file: string): Promise<Uint8Array> {
  try {
    return await readFile(file);
  } catch (error) {
    throw new AppError('import-invalid', { path: file, detail: (error as Error).message }, { cause: error });
  }
}

function printCandidates(imported: ArticleImport, io: CliContext['io'], t: TFunction): void {
  for (const { record, flags, duplicateOf } of imported.candidates) {
    io.stdout(t('import:cli.candidateLine', { date: record.date ?? t('import:cli.undated'), kind: t(`app:kinds.${record.kind}`), country: record.country, title: record.title.vi }));
    const notes = [...(duplicateOf ? [t('import:cli.alreadyHeld', { id: duplicateOf })] : []), ...(flags.length ? [t('import:cli.flags', { flags: flags.join(', ') })] : [])];
    if (notes.length) io.stdout(`  ${notes.join(' · ')}`);
  }
}

export const importCommand = defineCliCommand({
  words: ['import'],
  usage: 'import FILE [--dry-run] [--json] [--date YYYY-MM-DD] [--data DIR]',
  options: { ...dataOption, ...jsonOption, 'dry-run': { type: 'boolean' }, date: { type: 'string' } },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const tl = t('en');
    const date = parseDateFlag(values.date, tl);
    const file = path.resolve(positionals[0] ?? '');
    const bytes = await readArticleFile(file);
    // A file that is not an article is refused before the data folder is even opened.
    decodeArticleBytes(bytes, file);
    const dryRun = values['dry-run'] === true;
    const dataDir = resolveDataDir(values.data);
    const desk = await openCliDesk({ dataDir, access: dryRun ? 'read' : 'write' }, io, tl);
    try {
      const imported = importArticle(bytes, { fileName: file, date, existing: (await desk.records.readDataset()).records });
      const duplicates = imported.candidates.filter((c) => c.duplicateOf !== null).length;
      const summary = { title: imported.article.title, publisher: imported.article.publisher, date: imported.article.date ?? tl('import:cli.undated'), count: imported.candidates.length, duplicates };
      if (dryRun) {
        if (values.json) io.stdout(JSON.stringify({ article: imported.article, candidates: imported.candidates }, null, 2));
        else {
          io.stdout(tl('import:cli.dryRun', { ...summary, dropped: imported.dropped.length }));
          printCandidates(imported, io, tl);
        }
        return 0;
      }
      if (await readImportSession(dataDir, imported.article.id)) {
        io.stdout(tl('import:cli.alreadyImported', { title: imported.article.title, dir: importSessionDir(dataDir, imported.article.id) }));
        return 0;
      }
      const dir = await saveImportSession(dataDir, imported);
      if (values.json) io.stdout(JSON.stringify({ article: imported.article, candidates: imported.candidates, session: dir }, null, 2));
      else io.stdout(tl('import:cli.saved', { ...summary, dir }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
