import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument, PDFName } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { readPdfStructure } from './read-pdf-structure';
import { setPdfDocumentInfo } from './pdf-document-info';

const run = promisify(execFile);

/** A PDF of `pages` pages with a named destination `part-AZ` on page `azPage`, written with a classic cross-reference table. */
async function samplePdf(pages: number, azPage: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  for (let index = 0; index < pages; index += 1) doc.addPage([595, 842]);
  const target = doc.getPage(azPage - 1).ref;
  const dests = doc.context.obj({ 'part-AZ': [target, PDFName.of('XYZ'), 0, 842, 0] });
  doc.catalog.set(PDFName.of('Dests'), doc.context.register(dests));
  return doc.save({ useObjectStreams: false });
}

describe('readPdfStructure', () => {
  it('counts the pages and finds the page of a named destination', async () => {
    const structure = readPdfStructure(await samplePdf(12, 7));
    expect(structure.pageCount).toBe(12);
    expect(structure.destinationPage('part-AZ')).toBe(7);
    expect(structure.destinationPage('part-KZ')).toBeUndefined();
  });

  it('refuses bytes that are not a PDF', () => {
    expect(() => readPdfStructure(new TextEncoder().encode('not a pdf'))).toThrow(/not a PDF/);
  });
});

describe('setPdfDocumentInfo', () => {
  it('sets title, author and subject in any script, and the PDF still reads', async () => {
    const updated = setPdfDocumentInfo(await samplePdf(3, 2), { title: 'Quan hệ Việt Nam – Azerbaijan', author: 'Nguyễn Thị Hà', subject: 'Tiếp Đại sứ' });
    const folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-pdf-info-'));
    const file = path.join(folder, 'brief.pdf');
    await writeFile(file, updated);
    const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
    expect(stdout).toMatch(/^Title:\s+Quan hệ Việt Nam – Azerbaijan$/m);
    expect(stdout).toMatch(/^Author:\s+Nguyễn Thị Hà$/m);
    expect(stdout).toMatch(/^Subject:\s+Tiếp Đại sứ$/m);
    expect(stdout).toMatch(/^Pages:\s+3$/m);
    expect(readPdfStructure(updated).destinationPage('part-AZ')).toBe(2);
    await rm(folder, { recursive: true, force: true });
  });
});
