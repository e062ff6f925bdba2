import type { RelationsRecord } from '../records/record-schema';
import type { Source } from '../records/source-schema';
import { sourceKey } from '../records/source-kinds';

/** One entry of a brief's numbered list of sources: its number, the source as first cited, and every passage cited from it. */
export interface ListedSource {
  number: number;
  source: Source;
  passages: string[];
}

/**
 * The entries of the numbered list of sources, in number order, one per `sourceKey` the brief
 * numbered (an article, an internal document, the officer's knowledge), so every number in the text
 * points at an entry. A document or the officer's knowledge cited for several facts lists each
 * passage once.
 */
export function listSources(records: readonly RelationsRecord[], numbers: ReadonlyMap<string, number>): ListedSource[] {
  const entries = new Map<string, ListedSource>();
  for (const source of records.flatMap((record) => record.sources)) {
    const key = sourceKey(source);
    const number = numbers.get(key);
    if (number === undefined) continue;
    const entry = entries.get(key) ?? { number, source, passages: [] };
    entries.set(key, entry);
    if (source.passage !== undefined && !entry.passages.includes(source.passage)) entry.passages.push(source.passage);
  }
  return [...entries.values()].sort((a, b) => a.number - b.number);
}
