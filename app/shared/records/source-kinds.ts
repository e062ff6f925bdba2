import type { ArticleSource, Source } from './source-schema';

/** An article source: the datasets' own kind, written without `kind` before the other kinds existed. */
export function isArticleSource(source: Source): source is ArticleSource {
  return source.kind === undefined || source.kind === 'article';
}

/**
 * What a source is counted as in a numbered list of sources: its article's id, one internal document
 * (title, number and date), or the officer's own knowledge (all of it one entry).
 */
export function sourceKey(source: Source): string {
  if (isArticleSource(source)) return source.article;
  if (source.kind === 'knowledge') return 'knowledge:';
  return `document:${JSON.stringify([source.title, source.number ?? '', source.date ?? ''])}`;
}
