import type { Article, Dataset, RelationsRecord } from '../../shared/records/record-schema';

/** The articles `records` cite, each once, in the dataset's order. */
export function citedArticles(dataset: Dataset, records: readonly RelationsRecord[]): Article[] {
  const cited = new Set(records.flatMap((record) => record.sources.map((source) => source.article)));
  return dataset.articles.filter((article) => cited.has(article.id));
}
