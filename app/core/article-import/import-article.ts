import type { RelationsRecord } from '../../shared/records/record-schema';
import type { DroppedBlock, KeptBlock } from './article-blocks';
import type { ImportCandidate } from './import-candidate';
import { markDuplicates } from './match-duplicates';
import { proposeCandidates } from './propose-candidates';
import { readArticle, type ImportedArticle } from './read-article';

/** What importing one article gives: the article card, its cleaned text and blocks, what was dropped, the candidates. */
export interface ArticleImport {
  article: ImportedArticle;
  cleanedText: string;
  blocks: KeptBlock[];
  dropped: DroppedBlock[];
  candidates: ImportCandidate[];
  /** The page as read, kept with the import for provenance. */
  page: string;
}

/**
 * Imports a saved page or pasted text: reads the article and its metadata, cleans the main text,
 * proposes one candidate record per fact and marks those the desk already holds (`existing`).
 * `date` (YYYY-MM-DD) is the article's date where the page has none.
 */
export function importArticle(bytes: Uint8Array, options: { fileName: string; date?: string; existing: readonly RelationsRecord[] }): ArticleImport {
  const read = readArticle(bytes, { fileName: options.fileName, date: options.date });
  const candidates = markDuplicates(proposeCandidates(read), options.existing);
  return { article: read.article, cleanedText: read.cleaned.text, blocks: read.cleaned.blocks, dropped: read.cleaned.dropped, candidates, page: read.page };
}
