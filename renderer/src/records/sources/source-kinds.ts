/** The three kinds of source a record may cite. */
export const sourceKinds = ['article', 'document', 'knowledge'] as const;
export type SourceKind = (typeof sourceKinds)[number];

/** A source's kind; an article source written before there were kinds has none. */
export function sourceKindOf(source: Record<string, unknown> | undefined): SourceKind {
  const kind = source?.kind;
  return kind === 'document' || kind === 'knowledge' ? kind : 'article';
}

/** The source after the officer picks another kind: the passage and the confidence stay, the rest starts again. */
export function sourceOfKind(source: Record<string, unknown>, kind: SourceKind): Record<string, unknown> {
  const passage = typeof source.passage === 'string' ? source.passage : '';
  const confidence = source.confidence ?? 'medium';
  switch (kind) {
    case 'article':
      return { kind, article: '', passage, confidence };
    case 'document':
      return { kind, title: '', passage, confidence };
    case 'knowledge':
      return { kind, passage, confidence };
  }
}
