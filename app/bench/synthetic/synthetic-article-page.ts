import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../core/package-root';

/** The size of the saved page the importer's speed target is set for. */
export const ARTICLE_PAGE_BYTES = 200 * 1024;

const fixturesDir = path.join(packageRoot(), 'app', 'core', 'article-import', 'fixtures');
/** The seed articles beside the repository; without them, the importer's own fixture articles. */
const seedsDir = path.resolve(packageRoot(), '../shared/seeds');

interface Outlet {
  siteName: string;
  menu: string[];
  follow: string;
  footer: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function articleTexts(): string[] {
  const dir = existsSync(seedsDir) ? seedsDir : path.join(fixturesDir, 'articles');
  return readdirSync(dir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(dir, file), 'utf8'));
}

function paragraphs(lines: readonly string[]): string {
  return lines
    .filter(Boolean)
    .map((line) => (/\((?:Ảnh|Photo):/u.test(line) ? `<figure><img src="photo.jpg" alt=""><figcaption>${escapeHtml(line)}</figcaption></figure>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
}

/**
 * A saved page of about 200 KB as nhandan.vn sends it, around one article's text (its first line the
 * title): JSON-LD, inline styles and scripts, the menu, the share and view counters, the follow prompt,
 * and a related-news box grown until the page reaches `ARTICLE_PAGE_BYTES`.
 */
function articlePage(outlet: Outlet, text: string): string {
  const [title = '', ...rest] = text.split(/\r?\n/).map((line) => line.trim());
  const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: '2024-08-23T08:00:00+07:00', publisher: { '@type': 'Organization', name: outlet.siteName } };
  const head = `<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${outlet.siteName}</title>
<link rel="canonical" href="https://nhandan.vn/bai-viet-post800001.html"><script type="application/ld+json">${JSON.stringify(ld)}</script>
<style>${'.menu a{color:#333;padding:4px 8px}.article-body p{margin:0 0 1em}'.repeat(150)}</style>
<script>${'window.dataLayer=window.dataLayer||[];dataLayer.push({event:"view"});'.repeat(250)}</script></head>
<body>
<header><div class="logo">${outlet.siteName}</div><nav><ul>${outlet.menu.map((item) => `<li><a href="/${encodeURIComponent(item)}">${escapeHtml(item)}</a></li>`).join('')}</ul></nav></header>
<main><article><h1 class="title">${escapeHtml(title)}</h1>
<div class="share"><a>Chia sẻ</a> <span class="views">Lượt xem: 12.345</span></div>
<div class="article-body">
${paragraphs(rest)}
</div>
<div class="follow">${escapeHtml(outlet.follow)} <a href="https://news.google.com">Google News</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul>`;
  const tail = `</ul></aside></main>
<footer><p>${escapeHtml(outlet.footer)}</p><p>Số lượt truy cập: 613526</p></footer>
</body></html>
`;
  const encoder = new TextEncoder();
  let page = head;
  let bytes = encoder.encode(head + tail).length;
  for (let n = 0; bytes < ARTICLE_PAGE_BYTES; n += 1) {
    const item = `<li><a href="/tin-${n}.html">Tin tức thời sự số ${n}: hoạt động đối ngoại trong tuần</a><p>Tóm tắt tin ${n} về các hoạt động hợp tác.</p></li>`;
    page += item;
    bytes += encoder.encode(item).length;
  }
  return page + tail;
}

/** One saved page of about 200 KB around each seed article (or each fixture article, without the seeds). */
export function syntheticArticlePages(): string[] {
  const outlet = (JSON.parse(readFileSync(path.join(fixturesDir, 'outlets.json'), 'utf8')) as Record<string, Outlet>)['nhandan.vn']!;
  return articleTexts().map((text) => articlePage(outlet, text));
}
