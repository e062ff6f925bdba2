/** The id of an article the officer cites for the first time: `mine-article-<base36 time><4 random>`. */
export function newArticleId(now = Date.now()): string {
  const random = [...crypto.getRandomValues(new Uint8Array(4))].map((byte) => (byte % 36).toString(36)).join('');
  return `mine-article-${now.toString(36)}${random}`;
}
