import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';

/** Points every destination and structure element that named an old page at its replacement. */
function retargetPages(doc: PDFDocument, replaced: ReadonlyMap<string, PDFRef>) {
  const target = (value: unknown) => (value instanceof PDFRef ? replaced.get(value.toString()) : undefined);
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict)) continue;
    for (const key of ['Pg', 'Dest', 'D'].map((name) => PDFName.of(name))) {
      const value = object.get(key);
      const page = target(value);
      if (page) object.set(key, page);
      if (value instanceof PDFArray) {
        const first = target(value.get(0));
        if (first) value.set(0, first);
      }
    }
  }
}

/**
 * The whole binder with its first pages (cover and contents, printed with '…' for the page numbers)
 * replaced by the same pages printed again with the numbers: the front matter takes the same pages
 * either way, so every other page, destination and link stays where it was.
 */
export async function replacePdfFrontPages(whole: Uint8Array, front: Uint8Array): Promise<Uint8Array> {
  const doc = await PDFDocument.load(whole, { updateMetadata: false });
  const frontDoc = await PDFDocument.load(front, { updateMetadata: false });
  const count = frontDoc.getPageCount();
  const oldPages = doc.getPages().slice(0, count);
  const copied = await doc.copyPages(frontDoc, frontDoc.getPageIndices());
  for (let index = count - 1; index >= 0; index -= 1) doc.removePage(index);
  copied.forEach((page, index) => doc.insertPage(index, page));
  retargetPages(doc, new Map(oldPages.map((page, index) => [page.ref.toString(), copied[index]!.ref])));
  return doc.save({ useObjectStreams: false, addDefaultPage: false, updateFieldAppearances: false });
}
