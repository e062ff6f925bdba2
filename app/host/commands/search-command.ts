import type { TFunction } from 'i18next';
import { contract } from '../../contract';
import { AppError } from '../../shared/app-error';
import { hitKindKey } from '../../shared/search/hit-kind-key';
import { openCliDesk } from '../open-cli-desk';
import { resolveDataDir } from '../../core/store/data-folder';
import { dataOption, jsonOption, langOption, defineCliCommand } from '../cli-command';
import { parseLanguageFlag } from '../cli-language';

/** Checks the query as the app's `search` request does (1 to 200 characters). */
function parseQuery(query: string, t: TFunction): string {
  const parsed = contract.search.input.safeParse({ query });
  if (!parsed.success) throw new AppError('usage', { detail: t('queryLength', { length: query.length }) });
  return parsed.data.query;
}

export const searchCommand = defineCliCommand({
  words: ['search'],
  usage: 'search "QUERY" [--lang vi|en] [--json] [--data DIR]',
  options: { ...dataOption, ...jsonOption, ...langOption },
  positionals: { min: 1, max: 1 },
  async run({ values, positionals, io, t }) {
    const language = parseLanguageFlag(values.lang, t('en'));
    const query = parseQuery(positionals[0] ?? '', t('en'));
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, t(language));
    try {
      // A command prints every match: it waits for the records to be indexed (built in memory when the file is not current).
      await desk.search.ready;
      const hits = desk.search.search(query);
      if (values.json) {
        io.stdout(JSON.stringify(hits, null, 2));
        return 0;
      }
      const tl = t(language);
      if (hits.length === 0) io.stdout(tl('browse:search.none', { query }));
      for (const hit of hits) {
        const country = desk.records.findCountry(hit.country)?.name[language] ?? hit.country;
        const kind = tl(hitKindKey(hit.kind));
        io.stdout(tl('browse:search.cliHit', { country, kind, title: hit.title[language], id: hit.id }));
        io.stdout(`  ${hit.snippet[language]}`);
      }
      return 0;
    } finally {
      await desk.close();
    }
  },
});
