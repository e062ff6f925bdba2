import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of each page of a PDF, as `pdftotext -layout` (poppler) extracts it. */
export async function pdfPages(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-']);
  return stdout.split('\f').slice(0, -1);
}

/** The whole text with every run of white space made one space, for facts that wrap inside a table cell. */
export async function pdfFlatText(file: string): Promise<string> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ');
}

/** `pdfinfo`'s fields: Title, Author, Subject, Tagged, Pages… */
export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-enc', 'UTF-8', file]);
  return Object.fromEntries(stdout.split('\n').filter(Boolean).map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 1).trim()]));
}
