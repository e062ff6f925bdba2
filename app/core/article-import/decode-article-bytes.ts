import { AppError } from '../../shared/app-error';

export interface DecodedPage {
  format: 'html' | 'text';
  /** The WHATWG name of the charset the bytes were read in. */
  charset: string;
  text: string;
}

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu;
const LOOKS_LIKE_HTML = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html|head|body|meta|title|div|p|article)\b/iu;

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The charset: a byte-order mark, else the page's `<meta charset>`, else UTF-8 if it decodes, else windows-1258 (legacy Vietnamese). */
function detectCharset(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const declared = META_CHARSET.exec(head)?.[1];
  const decoder = declared ? decoderFor(declared) : undefined;
  if (decoder) return decoder.encoding;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return 'utf-8';
  } catch {
    return 'windows-1258';
  }
}

/**
 * Reads a saved page or pasted text: `.html`/`.htm` or `.txt` (or, pasted, whatever looks like HTML),
 * in its charset, as NFC text. Refuses other files and empty ones with a localized message.
 */
export function decodeArticleBytes(bytes: Uint8Array, fileName: string): DecodedPage {
  const extension = /\.([a-z0-9]+)$/iu.exec(fileName)?.[1]?.toLowerCase();
  if (extension !== undefined && !['html', 'htm', 'txt', 'xhtml'].includes(extension)) throw new AppError('article-format', { path: fileName });
  const charset = detectCharset(bytes);
  const text = new TextDecoder(charset).decode(bytes).normalize('NFC');
  if (text.trim() === '') throw new AppError('article-empty', { path: fileName });
  const format = extension === 'txt' ? 'text' : extension !== undefined || LOOKS_LIKE_HTML.test(text) ? 'html' : 'text';
  return { format, charset, text };
}
