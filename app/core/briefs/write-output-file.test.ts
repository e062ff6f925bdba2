import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeOutputFile } from './write-output-file';

describe('writeOutputFile', () => {
  it('replaces a file with the new bytes and leaves no temp file behind', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'output-file-'));
    const file = path.join(dir, 'Brief-AZ-vi.pdf');
    await writeFile(file, 'old');
    await writeOutputFile(file, new Uint8Array([0x25, 0x50, 0x44, 0x46]));
    expect(await readFile(file, 'latin1')).toBe('%PDF');
    await writeOutputFile(file, 'Hà Nội');
    expect(await readFile(file, 'utf8')).toBe('Hà Nội');
    expect(await readdir(dir)).toEqual(['Brief-AZ-vi.pdf']);
  });

  it('reports a failure as write-failed, naming the file', async () => {
    const file = path.join(os.tmpdir(), 'no-such-folder-for-output', 'notes.json');
    await expect(writeOutputFile(file, '{}')).rejects.toMatchObject({ code: 'write-failed', params: { file } });
  });
});
