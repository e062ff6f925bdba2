import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../core/desk';
import { createChromiumPrintingHandlers } from '../../host/chromium-printing-handlers';
import { builtRendererDir } from '../../host/commands/serve-command';
import { compareWithFloors } from '../bench-comparisons';
import { measureBriefPdf } from './measure-brief-pdf';

describe('the bench’s brief and binder beside their print floors', () => {
  let desk: Desk;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-bench-pdf-'));
    desk = await openDesk({ dataDir: folder, access: 'read' });
  });
  afterAll(async () => {
    await desk.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('times each print and a page.pdf() of the same page in the same Chromium, and sets them side by side', async () => {
    const { handlers, printer } = createChromiumPrintingHandlers(desk, builtRendererDir());
    const countries = desk.records.listCountries().map((summary) => summary.country);
    const printed = await measureBriefPdf(handlers, printer, countries, builtRendererDir(), { runs: 2 });
    await printer.close();
    expect(printer.opens).toBe(1);
    for (const id of ['briefPdf', 'binderPdf'] as const) {
      const figure = printed.figures[id];
      const floor = printed.floors[id];
      expect(figure, id).toMatchObject({ measured: true, runs: 2 });
      expect(floor, id).toMatchObject({ runs: 2 });
      expect(floor?.median, id).toBeGreaterThan(0);
    }
    const comparisons = compareWithFloors(printed.figures, printed.floors, undefined);
    expect(comparisons.map(({ id, statistic, target }) => ({ id, statistic, target }))).toEqual([
      { id: 'briefPdf', statistic: 'median', target: 1.3 },
      { id: 'binderPdf', statistic: 'median', target: 1.5 },
    ]);
  }, 180_000);
});
