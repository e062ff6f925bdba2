import { importArticle } from '../../core/article-import/import-article';
import { measured, type Figure } from '../bench-figures';
import { summarizeTimings } from '../measure/sample-statistics';
import { timeRuns, type RunPlan } from '../measure/time-runs';

const importPage = (page: Uint8Array) => importArticle(page, { fileName: 'page.html', existing: [] });

/**
 * Times proposing the candidates of saved pages (`importArticle`: decoding, metadata, boilerplate removal,
 * sentences, candidates), the pages in turn. Each page is imported once untimed first, so that the figure
 * is what every import after the app's first takes (the lexicons built, the code compiled).
 */
export async function measureArticleImport(pages: readonly string[], plan: RunPlan): Promise<Figure> {
  const encoded = pages.map((page) => new TextEncoder().encode(page));
  for (const page of encoded) importPage(page);
  const timings = await timeRuns(plan, (run) => importPage(encoded[run % encoded.length] as Uint8Array));
  return measured(summarizeTimings(timings));
}
