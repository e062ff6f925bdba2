import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printDeskBrief } from '../core/briefs/briefs-handlers';
import { readPdfStructure } from '../core/briefs/read-pdf-structure';
import { openDesk, type Desk } from '../core/desk';
import { createHandlers } from '../core/handlers';
import { briefSections, type BriefSpec } from '../shared/briefs/brief-spec';
import { createChromiumRoutePrinter } from './chromium-route-printer';
import { builtRendererDir } from './commands/serve-command';
import { findChromium } from './find-chromium';

const PRINT_TIMEOUT = 120_000;
const spec = (countries: string[]): BriefSpec => ({ countries, language: 'vi', sections: [...briefSections], notes: 'none', prepared: '2026-12-01' });

describe('the warm Chromium printer', () => {
  let desk: Desk;
  let folder: string;

  beforeAll(async () => {
    folder = await mkdtemp(path.join(os.tmpdir(), 'country-desk-printer-'));
    desk = await openDesk({ dataDir: folder, access: 'read' });
  });
  afterAll(async () => {
    await desk.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('prints a second brief in the browser and page the first one started, and closes them when idle', async () => {
    const handlers = createHandlers(desk);
    let idle!: () => void;
    const closedWhenIdle = new Promise<void>((resolve) => (idle = resolve));
    const printer = createChromiumRoutePrinter({
      handlers: () => handlers,
      rendererDir: builtRendererDir(),
      chromiumPath: () => findChromium(undefined),
      idleMs: 300,
      onClose: (reason) => reason === 'idle' && idle(),
    });
    const first = await printDeskBrief(desk, printer, spec(['AZ']));
    const second = await printDeskBrief(desk, printer, spec(['KG']));
    expect(printer.opens).toBe(1);
    expect(readPdfStructure(first.pdf).pageCount).toBe(first.pages);
    expect(second.pages).toBeGreaterThan(0);
    expect(new TextDecoder('latin1').decode(second.pdf)).not.toEqual(new TextDecoder('latin1').decode(first.pdf));
    expect((await printer.printShown()).length).toBeGreaterThan(0);
    await closedWhenIdle;
    expect(printer.running).toBe(false);
    await printer.close();
  }, PRINT_TIMEOUT);
});
