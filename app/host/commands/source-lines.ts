import type { TFunction } from 'i18next';
import type { Article } from '../../shared/records/record-schema';
import type { Source } from '../../shared/records/source-schema';
import { isArticleSource } from '../../shared/records/source-kinds';
import type { Language } from '../../shared/settings/settings-schema';

/** A record's source as `show` prints it: the article (or internal document, or the officer's knowledge), the passage, a correction. */
export function sourceLines(source: Source, articles: ReadonlyMap<string, Article>, tl: TFunction, language: Language): string[] {
  if (source.kind === 'knowledge') return [`  ${tl('knowledgeSourceLine')}`, `    «${source.passage}»`];
  if (source.kind === 'document') {
    const heading = tl('documentSourceLine', { title: source.title, number: source.number ?? '', date: source.date ?? '' });
    return [`  ${heading}`, ...(source.passage ? [`    «${source.passage}»`] : [])];
  }
  const article = articles.get(source.article);
  const lines = [
    `  ${tl('sourceLine', { publisher: article?.publisher ?? source.article, title: article?.title ?? '', date: article?.date ?? '' })}`,
    `    «${source.passage}»`,
  ];
  if (source.correction) lines.push(`    ${tl('correctionLine', { text: source.correction.text[language], reason: source.correction.reason[language] })}`);
  return lines;
}

/** The source with the article it cites, as `show --json` prints it. */
export function sourceWithArticle(source: Source, articles: ReadonlyMap<string, Article>): Source & { cited?: Article } {
  return isArticleSource(source) ? { ...source, cited: articles.get(source.article) } : source;
}
