/**
 * Loads every upright face of the brief's font (all its subsets: Latin, Vietnamese, Cyrillic…) and
 * waits for the fonts. The page's margin boxes (label, page numbers) do not make the browser load a
 * subset the body does not use, so a Vietnamese label on an English brief would otherwise print in
 * a fallback font.
 */
export async function loadBriefFonts(): Promise<void> {
  const faces = [...document.fonts].filter((face) => face.family.replace(/["']/g, '') === 'Noto Sans' && face.style === 'normal');
  await Promise.all(faces.map((face) => face.load()));
  await document.fonts.ready;
}
