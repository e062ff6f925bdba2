/** Records and notes share one index. */
export type SearchDocumentType = 'record' | 'note';
