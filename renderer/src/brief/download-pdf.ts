import { downloadBlob } from '../download-blob';

/** Hands a PDF (base64) to the browser as a download under `fileName`. */
export function downloadPdf(fileName: string, pdfBase64: string): void {
  const bytes = Uint8Array.from(atob(pdfBase64), (char) => char.charCodeAt(0));
  downloadBlob(fileName, new Blob([bytes], { type: 'application/pdf' }));
}
