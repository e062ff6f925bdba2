import type { TimingSummary } from './measure/sample-statistics';

/** Every figure the bench reports, in the order it prints them. */
export const figureIds = [
  'open',
  'openDesk',
  'indexReady',
  'openAfterDatasetUpdate',
  'search',
  'noteSave',
  'noteSaveSmallScale',
  'recordSave',
  'recordSaveSmallScale',
  'countryPage',
  'briefPdf',
  'binderPdf',
  'articleImport',
] as const;
export type FigureId = (typeof figureIds)[number];

/** Why a figure has no value; each has a sentence in locales/<lang>/bench.json. */
export type NotMeasuredReason = 'pdf-skipped' | 'chromium-not-found' | 'renderer-not-built' | 'print-failed';

/** A measured figure (milliseconds), or why it could not be measured. */
export type Figure = ({ measured: true } & TimingSummary) | { measured: false; reason: NotMeasuredReason; detail?: string };

export type Figures = Partial<Record<FigureId, Figure>>;

export const measured = (summary: TimingSummary): Figure => ({ measured: true, ...summary });

export const notMeasured = (reason: NotMeasuredReason, detail?: string): Figure => ({
  measured: false,
  reason,
  ...(detail !== undefined ? { detail } : {}),
});
