import type { RelationsRecord } from '../../shared/records/record-schema';
import type { ArticleSource } from '../../shared/records/source-schema';
import { isArticleSource } from '../../shared/records/source-kinds';

/** A record's first source, which a test of the datasets' records expects to be an article. */
export function firstArticleSource(record: Pick<RelationsRecord, 'id' | 'sources'>): ArticleSource {
  const source = record.sources[0];
  if (source === undefined || !isArticleSource(source)) throw new Error(`${record.id}: the first source is not an article`);
  return source;
}
