/**
 * What `printBrief` gives back: the PDF to download (the browser host), or where the officer saved
 * it through the save dialog (Electron), or that the dialog was cancelled.
 */
export type PrintBriefResult =
  | { outcome: 'download'; fileName: string; pdfBase64: string; pages: number }
  | { outcome: 'saved'; path: string; pages: number }
  | { outcome: 'cancelled' };
