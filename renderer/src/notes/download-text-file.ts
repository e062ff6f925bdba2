import { downloadBlob } from '../download-blob';

/** Offers `text` as a file download (the browser's or Electron's save dialog decides where it goes). */
export function downloadTextFile(fileName: string, text: string, type = 'application/json'): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}
