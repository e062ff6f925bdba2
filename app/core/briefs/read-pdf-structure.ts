/**
 * What a brief's printer needs to know of a PDF as Chromium (Skia) writes it: its pages in order,
 * the page of each named destination (an element a link points to, e.g. a part's heading), and the
 * trailer's entries an incremental update builds on. It reads the cross-reference table, so it
 * finds objects by their offsets, never by scanning stream bytes.
 */
export interface PdfStructure {
  pageCount: number;
  /** The 1-based page a named destination (`/part-AZ`) lands on; undefined when there is none. */
  destinationPage(name: string): number | undefined;
  /** `/Root 12 0 R` as written. */
  root: string;
  /** The trailer's `/Size` (the next free object number). */
  size: number;
  /** The offset of the last cross-reference table. */
  startxref: number;
}

const latin1 = new TextDecoder('latin1');

function fail(reason: string): never {
  throw new Error(`not a PDF Chromium wrote: ${reason}`);
}

function readXref(text: string, start: number, offsets: Map<number, number>): string {
  const table = /^xref\s+([\s\S]*?)trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(text.slice(start));
  if (!table) fail('no cross-reference table');
  const rows = table[1]!.trim().split(/\r?\n/);
  for (let row = 0; row < rows.length; ) {
    const [first, count] = rows[row]!.trim().split(/\s+/).map(Number);
    for (let index = 0; index < count!; index += 1) {
      const [offset, , type] = rows[row + 1 + index]!.trim().split(/\s+/);
      const number = first! + index;
      if (type === 'n' && !offsets.has(number)) offsets.set(number, Number(offset));
    }
    row += 1 + count!;
  }
  const trailer = table[2]!;
  const previous = /\/Prev\s+(\d+)/.exec(trailer);
  if (previous) readXref(text, Number(previous[1]), offsets);
  return trailer;
}

export function readPdfStructure(pdf: Uint8Array): PdfStructure {
  const text = latin1.decode(pdf);
  const startxref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text)?.[1] ?? fail('no startxref'));
  const offsets = new Map<number, number>();
  const trailer = readXref(text, startxref, offsets);
  const object = (ref: string): string => {
    const offset = offsets.get(Number(ref.split(' ')[0]));
    if (offset === undefined) fail(`no object ${ref}`);
    const end = text.indexOf('endobj', offset);
    return text.slice(offset, end);
  };
  const refOf = (dict: string, key: string) => new RegExp(`/${key}\\s+(\\d+ \\d+) R`).exec(dict)?.[1];
  const root = refOf(trailer, 'Root') ?? fail('no /Root');
  const catalog = object(root);

  const pages: string[] = [];
  const walk = (ref: string) => {
    const node = object(ref);
    if (!/\/Type\s*\/Pages\b/.test(node)) return void pages.push(ref);
    const kids = /\/Kids\s*\[([^\]]*)\]/.exec(node)?.[1] ?? '';
    for (const kid of kids.matchAll(/(\d+ \d+) R/g)) walk(kid[1]!);
  };
  walk(refOf(catalog, 'Pages') ?? fail('no page tree'));

  const destsRef = refOf(catalog, 'Dests');
  const dests = destsRef ? object(destsRef) : '';
  return {
    pageCount: pages.length,
    destinationPage(name) {
      const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const target = new RegExp(`/${escaped}\\s*\\[\\s*(\\d+ \\d+) R`).exec(dests)?.[1];
      const index = target === undefined ? -1 : pages.indexOf(target);
      return index < 0 ? undefined : index + 1;
    },
    root: `${root} R`,
    size: Number(/\/Size\s+(\d+)/.exec(trailer)?.[1] ?? fail('no /Size')),
    startxref,
  };
}
