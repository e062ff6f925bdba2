const MAX_TAGS = 30;
const MAX_TAG_LENGTH = 40;

/** Tags as typed in one field, separated by commas: trimmed, each once, cut to what a note keeps. */
export function parseTags(text: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ').slice(0, MAX_TAG_LENGTH).trim();
    const key = tag.toLocaleLowerCase('vi');
    if (tag === '' || seen.has(key)) continue;
    seen.add(key);
    tags.push(tag);
  }
  return tags.slice(0, MAX_TAGS);
}

export function formatTags(tags: readonly string[]): string {
  return tags.join(', ');
}
