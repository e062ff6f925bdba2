import { existsSync } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/app-error';
import { briefFileName } from '../../shared/briefs/brief-spec';
import { printDeskBrief } from '../../core/briefs/briefs-handlers';
import { openCliDesk } from '../open-cli-desk';
import { createHandlers } from '../../core/handlers';
import { resolveDataDir } from '../../core/store/data-folder';
import { writeOutputFile } from '../../core/briefs/write-output-file';
import { createChromiumRoutePrinter } from '../chromium-route-printer';
import { printRouteHandlers } from '../print-route-handlers';
import { defineCliCommand } from '../cli-command';
import { findChromium } from '../find-chromium';
import { briefOptions, parseBriefFlags } from './brief-flags';
import { builtRendererDir } from './serve-command';

export const briefCommand = defineCliCommand({
  words: ['brief'],
  usage:
    'brief CODE [CODE …] [--lang vi|en|both] [--out FILE.pdf] [--sections LIST] [--years N] [--notes none|pinned|tagged|all] [--tags LIST] [--title TEXT] [--occasion TEXT] [--dates FROM[..TO]] [--label TEXT] [--prepared YYYY-MM-DD] [--data DIR] [--chromium PATH]',
  options: briefOptions,
  positionals: { min: 1, max: 12 },
  async run({ values, positionals, io, t }) {
    const spec = parseBriefFlags({ values, positionals }, t('en'));
    const out = path.resolve(values.out ?? briefFileName(spec));
    const rendererDir = builtRendererDir();
    if (!existsSync(path.join(rendererDir, 'index.html'))) throw new AppError('renderer-not-built', { path: rendererDir });
    const chromiumPath = findChromium(values.chromium);
    const desk = await openCliDesk({ dataDir: resolveDataDir(values.data), access: 'read' }, io, t('en'));
    try {
      for (const code of spec.countries) if (!desk.records.findCountry(code)) throw new AppError('unknown-country', { code });
      const handlers = printRouteHandlers(createHandlers(desk));
      const printer = createChromiumRoutePrinter({ handlers: () => handlers, rendererDir, chromiumPath: () => chromiumPath });
      const { pdf, pages } = await printDeskBrief(desk, printer, spec).finally(() => printer.close());
      await writeOutputFile(out, pdf);
      io.stdout(t('en')('briefs:cli.written', { file: out, pages }));
      return 0;
    } finally {
      await desk.close();
    }
  },
});
