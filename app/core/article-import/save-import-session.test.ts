import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importArticle } from './import-article';
import { importSessionDir, readImportSession, saveImportSession } from './save-import-session';

const text = 'Quan hệ Việt Nam - Kazakhstan\n\nViệt Nam và Kazakhstan thiết lập quan hệ ngoại giao ngày 1/6/1992.\n';

describe('import sessions', () => {
  it('stores the page, the cleaned text and the candidates, and reads them back validated', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'import-session-'));
    const imported = importArticle(new TextEncoder().encode(text), { fileName: 'kz.txt', existing: [] });
    expect(await readImportSession(dataDir, imported.article.id)).toBeUndefined();
    const dir = await saveImportSession(dataDir, imported, new Date('2026-12-01T10:00:00Z'));
    expect(dir).toBe(importSessionDir(dataDir, imported.article.id));
    expect(await readFile(path.join(dir, 'page.txt'), 'utf8')).toBe(text);
    const session = await readImportSession(dataDir, imported.article.id);
    expect(session).toMatchObject({ schemaVersion: 1, createdAt: '2026-12-01T10:00:00.000Z', pageFile: 'page.txt', candidates: [{ record: { kind: 'relations', date: '1992-06-01' } }] });
    const cleaned = await readFile(path.join(dir, 'cleaned.txt'), 'utf8');
    for (const candidate of session!.candidates) expect(cleaned.slice(...candidate.span)).toBe(candidate.passage);
  });

  it('refuses a damaged session file with import-invalid, never a crash', async () => {
    const dataDir = await mkdtemp(path.join(os.tmpdir(), 'import-session-'));
    const imported = importArticle(new TextEncoder().encode(text), { fileName: 'kz.txt', existing: [] });
    const dir = await saveImportSession(dataDir, imported);
    await writeFile(path.join(dir, 'session.json'), '{ not json');
    await expect(readImportSession(dataDir, imported.article.id)).rejects.toMatchObject({ code: 'import-invalid' });
    await writeFile(path.join(dir, 'session.json'), '{"schemaVersion":1}');
    await expect(readImportSession(dataDir, imported.article.id)).rejects.toMatchObject({ code: 'import-invalid' });
  });
});
