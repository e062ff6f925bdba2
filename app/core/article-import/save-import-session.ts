import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { readFileIfPresent } from '../store/read-json-object';
import { writeFailure } from '../store/write-failure';
import { writeFileAtomically } from '../store/write-file-atomically';
import type { ArticleImport } from './import-article';
import { IMPORT_SESSION_SCHEMA_VERSION, importSessionSchema, type ImportSession } from './import-session-schema';

async function writeOutputFile(file: string, data: string): Promise<void> {
  try {
    await writeFileAtomically(file, data);
  } catch (error) {
    throw writeFailure(file, error);
  }
}

/** The folder of one article's review session: `imports/<article id>/` in the data folder. */
export const importSessionDir = (dataDir: string, articleId: string) => path.join(dataDir, 'imports', articleId);

/** The session already stored for this article, validated; undefined when there is none. */
export async function readImportSession(dataDir: string, articleId: string): Promise<ImportSession | undefined> {
  const file = path.join(importSessionDir(dataDir, articleId), 'session.json');
  const text = await readFileIfPresent(file);
  if (text === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new AppError('import-invalid', { path: file, detail: (error as Error).message }, { cause: error });
  }
  const parsed = importSessionSchema.safeParse(json);
  if (!parsed.success) throw new AppError('import-invalid', { path: file, detail: parsed.error.issues[0]?.message ?? 'invalid' });
  return parsed.data;
}

/**
 * Stores a review session: the page as saved, its cleaned text (every candidate's passage is that text
 * at its span) and the candidates, each file written atomically. The session file goes last, so a
 * session that exists is complete.
 */
export async function saveImportSession(dataDir: string, imported: ArticleImport, now = new Date()): Promise<string> {
  const dir = importSessionDir(dataDir, imported.article.id);
  await mkdir(dir, { recursive: true });
  const pageFile = imported.article.format === 'html' ? 'page.html' : 'page.txt';
  const session: ImportSession = importSessionSchema.parse({
    schemaVersion: IMPORT_SESSION_SCHEMA_VERSION,
    createdAt: now.toISOString(),
    article: imported.article,
    pageFile,
    cleanedFile: 'cleaned.txt',
    blocks: imported.blocks,
    dropped: imported.dropped,
    candidates: imported.candidates,
  });
  await writeOutputFile(path.join(dir, pageFile), imported.page);
  await writeOutputFile(path.join(dir, 'cleaned.txt'), imported.cleanedText);
  await writeOutputFile(path.join(dir, 'session.json'), `${JSON.stringify(session, null, 2)}\n`);
  return dir;
}
