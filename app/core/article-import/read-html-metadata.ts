import { isoDay, readPageDateStamp } from './read-page-date';

/** What a page says about itself, each field with where it was read. */
export interface PageMetadata {
  title?: string;
  publisher?: string;
  author?: string;
  /** Publication date `YYYY-MM-DD`. */
  date?: string;
  dateSource?: 'json-ld' | 'meta' | 'page';
  url?: string;
}

type JsonObject = Record<string, unknown>;

function jsonLdObjects(document: Document): JsonObject[] {
  const objects: JsonObject[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      objects.push(value as JsonObject);
      visit((value as JsonObject)['@graph']);
    }
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    const json = (script.textContent ?? '').trim();
    // A page's broken JSON-LD is the page's problem: the other sources of metadata still apply.
    const parsed = json.startsWith('{') || json.startsWith('[') ? safeJson(json) : undefined;
    visit(parsed);
  }
  return objects.filter((o) => /Article|NewsArticle|Report|BlogPosting|WebPage/.test(String(o['@type'] ?? '')));
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

const nameOf = (value: unknown): string | undefined => {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return value.map(nameOf).filter(Boolean).join(', ') || undefined;
  if (value && typeof value === 'object') return nameOf((value as JsonObject).name);
  return undefined;
};

function meta(document: Document, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const content = element?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return undefined;
}

const SAVED_FROM = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/iu;

/**
 * A saved page's metadata: JSON-LD first, then Open Graph and `article:published_time`, then the page's
 * own date stamp; a published date always beats a modified one. The URL is the canonical link, else the
 * "saved from" comment a browser leaves.
 */
export function readHtmlMetadata(document: Document, html: string): PageMetadata {
  const ld = jsonLdObjects(document).sort((a, b) => Number('datePublished' in b) - Number('datePublished' in a))[0] ?? {};
  const ldDate = isoDay(typeof ld.datePublished === 'string' ? ld.datePublished : undefined);
  const metaDate = isoDay(meta(document, 'article:published_time', 'datePublished', 'pubdate', 'publishdate', 'og:published_time', 'dc.date.issued'));
  // The page's own stamp only when the metadata has no date: reading the body's text costs.
  const pageDate = ldDate ?? metaDate ? undefined : readPageDateStamp(document.body?.textContent?.slice(0, 20000).replace(/\s+/g, ' ') ?? '');
  const date = ldDate ?? metaDate ?? pageDate;
  const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const mainEntity = ld.mainEntityOfPage;
  const ldUrl = typeof ld.url === 'string' ? ld.url : typeof mainEntity === 'string' ? mainEntity : nameOf((mainEntity as JsonObject | undefined)?.['@id']);
  const url = [canonical, meta(document, 'og:url'), ldUrl, SAVED_FROM.exec(html)?.[1]].find((u) => u && /^https?:\/\//.test(u));
  const h1 = document.querySelector('h1')?.textContent?.trim();
  const title = nameOf(ld.headline) ?? meta(document, 'og:title') ?? (h1 || undefined) ?? document.title?.replace(/\s+[|–-]\s+[^|–-]+$/u, '').trim();
  return {
    title: title || undefined,
    publisher: nameOf(ld.publisher) ?? meta(document, 'og:site_name'),
    author: [nameOf(ld.author), meta(document, 'author', 'article:author', 'dable:author')].find((a) => a && !/^https?:/.test(a)),
    date,
    dateSource: ldDate ? 'json-ld' : metaDate ? 'meta' : pageDate ? 'page' : undefined,
    url,
  };
}
