import { createHash } from 'node:crypto';
import type { CleanedArticle } from './article-blocks';
import { cleanPlainText } from './clean-plain-text';
import { decodeArticleBytes } from './decode-article-bytes';
import { extractHtmlArticle } from './extract-html-article';
import { publisherForUrl } from './outlet-names';
import type { PageMetadata } from './read-html-metadata';
import { readPageDateStamp } from './read-page-date';

/** The article card: what the citation of every proposed record names. */
export interface ImportedArticle {
  id: string;
  publisher: string;
  title: string;
  date?: string;
  /** Where the date came from; `given` is the `--date` the officer supplied for a page without one. */
  dateSource?: PageMetadata['dateSource'] | 'given';
  author?: string;
  url?: string;
  file: string;
  language: 'vi' | 'en';
  charset: string;
  format: 'html' | 'text';
}

export interface ReadArticle {
  article: ImportedArticle;
  cleaned: CleanedArticle;
  /** The page as read (decoded), kept beside the import for provenance. */
  page: string;
}

const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/giu;

/** Vietnamese when at least one letter in fifty is one only Vietnamese uses. */
export function detectLanguage(text: string): 'vi' | 'en' {
  const sample = text.slice(0, 20000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  return (sample.match(VIETNAMESE_LETTERS)?.length ?? 0) * 50 >= letters ? 'vi' : 'en';
}

/** Title, author and date of a plain-text page: its first heading, a short name line under it, its date stamp. */
function readTextMetadata(text: string, cleaned: CleanedArticle): PageMetadata {
  const title = cleaned.blocks.find((b) => b.role === 'heading' && b.text.length >= 15)?.text ?? cleaned.blocks[0]?.text;
  const titleIndex = cleaned.blocks.findIndex((b) => b.text === title);
  const next = cleaned.blocks[titleIndex + 1];
  const author = next && /^(?:\p{Lu}\p{Ll}*\s){1,3}\p{Lu}\p{Ll}*$/u.test(next.text) ? next.text : undefined;
  const date = readPageDateStamp(text);
  const url = /^(?:Nguồn\s*:\s*)?(https?:\/\/\S+)$/imu.exec(text)?.[1];
  return { title, author, date, dateSource: date ? 'page' : undefined, url };
}

/**
 * Reads a saved page or pasted text into the article card and its cleaned text. `date` (YYYY-MM-DD)
 * stands in for the page's date only when the page has none.
 */
export function readArticle(bytes: Uint8Array, options: { fileName: string; date?: string }): ReadArticle {
  const decoded = decodeArticleBytes(bytes, options.fileName);
  let cleaned: CleanedArticle;
  let metadata: PageMetadata;
  if (decoded.format === 'html') {
    ({ cleaned, metadata } = extractHtmlArticle(decoded.text));
  } else {
    cleaned = cleanPlainText(decoded.text);
    metadata = readTextMetadata(decoded.text, cleaned);
  }
  const hash = createHash('sha256').update(cleaned.text).digest('hex').slice(0, 12);
  const date = metadata.date ?? options.date;
  const baseName = options.fileName.split(/[\\/]/).at(-1) ?? options.fileName;
  const article: ImportedArticle = {
    id: `imp-${hash}`,
    publisher: metadata.publisher ?? publisherForUrl(metadata.url) ?? baseName,
    title: metadata.title ?? baseName,
    ...(date ? { date, dateSource: metadata.date ? metadata.dateSource : 'given' } : {}),
    ...(metadata.author ? { author: metadata.author } : {}),
    ...(metadata.url ? { url: metadata.url } : {}),
    file: baseName,
    language: detectLanguage(cleaned.text),
    charset: decoded.charset,
    format: decoded.format,
  };
  return { article, cleaned, page: decoded.text };
}
