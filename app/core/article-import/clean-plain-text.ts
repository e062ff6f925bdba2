import { assembleCleanedArticle, type CleanedArticle } from './article-blocks';

/**
 * The text-mode cleaner for pasted or saved plain text: each line is a block; menus, counters,
 * "Theo dõi … trên", captions, teasers and related news are told apart by their text alone.
 */
export function cleanPlainText(text: string): CleanedArticle {
  return assembleCleanedArticle(text.split(/\r?\n/).map((line) => ({ text: line })));
}
