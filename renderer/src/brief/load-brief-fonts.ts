import { facesForText } from './faces-for-text';

/**
 * Loads the faces of the brief's font that print `text` (the page's text and what its margin boxes
 * print: label, page numbers) and waits for the fonts. The margin boxes do not make the browser load a
 * subset the body does not use, so a Vietnamese label on an English brief needs its subset loaded here;
 * subsets the brief does not use are not loaded at all.
 */
export async function loadBriefFonts(text: string): Promise<void> {
  const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Sans');
  await Promise.all(facesForText(faces, text).map((face) => face.load()));
  await document.fonts.ready;
}
