import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { builtRendererDir } from '../../host/commands/serve-command';
import { startScreenScripts } from './measure-start-screen';

/** Text each library's code carries, minified or not. */
const MARKS = {
  recharts: 'recharts-surface',
  dompurify: 'ALLOWED_TAGS',
  marked: 'input parameter is undefined or null',
  // zod's English messages: the start screen declares no schema and validates nothing itself.
  zod: 'Invalid input',
};

describe('the start screen of the built renderer (npm run build)', () => {
  it('loads without the chart, the Markdown editor, the brief builder and zod, in less than half the JavaScript', async () => {
    const rendererDir = builtRendererDir();
    const start = await startScreenScripts(rendererDir);
    expect(start.files.length).toBeGreaterThan(0);
    const code = (await Promise.all(start.files.map((file) => readFile(path.join(rendererDir, file), 'utf8')))).join('\n');
    for (const [library, mark] of Object.entries(MARKS)) expect(code.includes(mark), library).toBe(false);
    expect(start.files.filter((file) => /BriefBuilderScreen|BinderScreen|CountryScreen|NotesScreen|PrintScreen/.test(file))).toEqual([]);
    expect(start.bytes).toBeLessThan(start.totalBytes / 2);
  });

  it('finds those libraries in the chunks loaded later', async () => {
    const rendererDir = builtRendererDir();
    const start = await startScreenScripts(rendererDir);
    const assets = path.join(rendererDir, 'assets');
    const later = (await readdir(assets)).filter((file) => file.endsWith('.js') && !start.files.includes(`assets/${file}`));
    const code = (await Promise.all(later.map((file) => readFile(path.join(assets, file), 'utf8')))).join('\n');
    for (const [library, mark] of Object.entries(MARKS)) expect(code.includes(mark), library).toBe(true);
  });
});
