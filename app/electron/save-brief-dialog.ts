import path from 'node:path';
import { app, dialog, type BrowserWindow } from 'electron';
import type { TFunction } from 'i18next';
import type { Handlers } from '../contract';
import { briefFileName } from '../shared/briefs/brief-spec';
import { printDeskBrief } from '../core/briefs/briefs-handlers';
import type { RoutePrinter } from '../core/briefs/route-printer';
import type { Desk } from '../core/desk';
import { writeOutputFile } from '../core/briefs/write-output-file';

export interface SaveBriefDialogOptions {
  desk: Pick<Desk, 'records' | 'settingsFile'>;
  printer: RoutePrinter;
  /** The window the dialog belongs to. */
  parentWindow: () => BrowserWindow | undefined;
  /** The shell's text in its current language. */
  t: () => TFunction;
}

/**
 * The handlers, with `printBrief` asking where to save first (the system's save dialog, proposing
 * `Brief-AZ-vi-2026-11-23.pdf` in Documents), then printing the PDF there.
 */
export function withBriefSaveDialog(handlers: Handlers, options: SaveBriefDialogOptions): Handlers {
  return {
    ...handlers,
    async printBrief(spec) {
      const t = options.t();
      const dialogOptions = {
        title: t('briefs:saveDialog.title'),
        defaultPath: path.join(app.getPath('documents'), briefFileName(spec)),
        filters: [{ name: t('briefs:saveDialog.pdfFiles'), extensions: ['pdf'] }],
      };
      const parent = options.parentWindow();
      const choice = parent ? await dialog.showSaveDialog(parent, dialogOptions) : await dialog.showSaveDialog(dialogOptions);
      if (choice.canceled || !choice.filePath) return { outcome: 'cancelled' };
      const { pdf, pages } = await printDeskBrief(options.desk, options.printer, spec);
      await writeOutputFile(choice.filePath, pdf);
      return { outcome: 'saved', path: choice.filePath, pages };
    },
  };
}
