import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../../package-root';

/** One synthetic page: a seed article's text (or one of ours) inside an outlet's boilerplate. */
export interface FixturePage {
  id: string;
  outlet: string;
  seed?: string;
  article?: string;
  title?: string;
  date?: string;
  url?: string;
  /** A related-news teaser about another partner, which must propose nothing. */
  teaser: string;
}

interface Outlet {
  siteName: string;
  menu: string[];
  metadata: 'json-ld' | 'og' | 'page' | 'none';
  follow: string;
  footer: string;
}

const fixturesDir = path.join(packageRoot(), 'app', 'core', 'article-import', 'fixtures');
/** The seed articles: ../shared/seeds beside the repository (CI and these machines). */
export const seedsDir = path.resolve(packageRoot(), '../shared/seeds');
export const haveSeeds = existsSync(seedsDir);

export const fixturePages: FixturePage[] = JSON.parse(readFileSync(path.join(fixturesDir, 'fixture-pages.json'), 'utf8'));
const outlets: Record<string, Outlet> = JSON.parse(readFileSync(path.join(fixturesDir, 'outlets.json'), 'utf8'));

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The article text of a fixture: the seed file, or our own article under fixtures/articles/. */
export function fixtureText(page: FixturePage): string {
  return page.seed ? readFileSync(path.join(seedsDir, page.seed), 'utf8') : readFileSync(path.join(fixturesDir, 'articles', page.article!), 'utf8');
}

function metadataHead(page: FixturePage, outlet: Outlet, title: string): string {
  const published = page.date ? `${page.date}T08:00:00+07:00` : undefined;
  const modified = page.date ? `${String(Number(page.date.slice(0, 4)) + 1)}-01-15T10:00:00+07:00` : undefined;
  const link = page.url && outlet.metadata !== 'page' ? `<link rel="canonical" href="${page.url}">` : '';
  if (outlet.metadata === 'json-ld' && published) {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: title, datePublished: published, dateModified: modified, publisher: { '@type': 'Organization', name: outlet.siteName }, author: { '@type': 'Person', name: 'Phóng viên' } };
    return `${link}<meta property="article:modified_time" content="${modified}"><script type="application/ld+json">${JSON.stringify(ld)}</script>`;
  }
  if (outlet.metadata === 'og' && published) {
    return `${link}<meta property="og:title" content="${escapeHtml(title)}"><meta property="og:site_name" content="${outlet.siteName}"><meta property="article:modified_time" content="${modified}"><meta property="article:published_time" content="${published}">`;
  }
  return link;
}

/** The page date stamp an outlet prints under its title ("14:20 | 09/05/2025 GMT+7"), for outlets without metadata. */
function dateStamp(page: FixturePage, outlet: Outlet): string {
  if (outlet.metadata !== 'page' || !page.date) return '';
  const [y, m, d] = page.date.split('-');
  return `<div class="date-time">14:20 | ${d}/${m}/${y} GMT+7</div>`;
}

/**
 * The saved HTML of a fixture: the outlet's menu, header, follow prompt, share and view-counter widgets,
 * related-news box and footer around the article, whose lines become paragraphs (photo captions become
 * figure captions). Written the way a browser's "save page" leaves it.
 */
export function buildFixturePage(page: FixturePage): string {
  const outlet = outlets[page.outlet]!;
  const lines = fixtureText(page).split(/\r?\n/).map((line) => line.trim()).filter(Boolean);
  const title = page.title ?? lines[0]!;
  const body = lines
    .filter((line) => line !== title)
    .map((line) => (/\((?:Ảnh|Photo):/u.test(line) ? `<figure><img src="photo.jpg" alt=""><figcaption>${escapeHtml(line)}</figcaption></figure>` : `<p>${escapeHtml(line)}</p>`))
    .join('\n');
  const savedFrom = outlet.metadata === 'page' && page.url ? `<!-- saved from url=(${String(page.url.length).padStart(4, '0')})${page.url} -->\n` : '';
  return `${savedFrom}<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${outlet.siteName}</title>${metadataHead(page, outlet, title)}</head>
<body>
<header><div class="logo">${outlet.siteName}</div><nav><ul>${outlet.menu.map((item) => `<li><a href="/${encodeURIComponent(item)}">${escapeHtml(item)}</a></li>`).join('')}</ul></nav></header>
<main>
<div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/the-gioi">${escapeHtml(outlet.menu[1]!)}</a></div>
<article>
<h1 class="title">${escapeHtml(title)}</h1>
${dateStamp(page, outlet)}
<div class="share"><a>Chia sẻ</a> <a>In bài</a> <span class="views">Lượt xem: 12.345</span></div>
<div class="article-body">
${body}
</div>
<div class="follow">${escapeHtml(outlet.follow)} <a href="https://news.google.com">Google News</a></div>
</article>
<aside class="related"><h3>Tin liên quan</h3><ul><li><a href="/tin-1.html">${escapeHtml(page.teaser)}</a><p>${escapeHtml(page.teaser)}.</p></li></ul></aside>
</main>
<footer><p>${escapeHtml(outlet.footer)}</p><p>Số lượt truy cập: 613526</p></footer>
</body></html>
`;
}
