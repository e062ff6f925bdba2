/**
 * Every country flag (country-flag-icons, 3:2) in one SVG file, so that a screen listing 193 countries
 * loads one image instead of one per flag. Each flag sits in its own cell of a column, and a `<view>`
 * named by its code shows that cell alone: `<img src="country-flags.svg#AZ">`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** One cell: the 3:2 size most flags of the set are drawn at. */
const CELL = { width: 513, height: 342 };

/** The flags of `dir` (files `AZ.svg`, `GB-ENG.svg`…) as [code, SVG text] pairs, by code. */
export function readCountryFlags(dir) {
  return readdirSync(dir)
    .filter((file) => /^[A-Z-]+\.svg$/.test(file))
    .sort()
    .map((file) => [path.basename(file, '.svg'), readFileSync(path.join(dir, file), 'utf8')]);
}

/** The sprite of `flags` ([code, SVG text] pairs), and the codes it holds. */
export function countryFlagSprite(flags) {
  const cells = flags.map(([code, svg], index) => {
    const opening = /^<svg([^>]*)>/.exec(svg.trim());
    const viewBox = opening && /viewBox="([^"]+)"/.exec(opening[1]);
    if (!opening || !viewBox) throw new Error(`The flag ${code} is not an SVG with a viewBox`);
    const y = index * CELL.height;
    const body = svg.trim().slice(opening[0].length).replace(/<\/svg>$/, '');
    return (
      `<view id="${code}" viewBox="0 ${y} ${CELL.width} ${CELL.height}"/>` +
      `<svg y="${y}" width="${CELL.width}" height="${CELL.height}" viewBox="${viewBox[1]}">${body}</svg>`
    );
  });
  const height = flags.length * CELL.height;
  return {
    source: `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CELL.width} ${height}">${cells.join('')}</svg>`,
    codes: flags.map(([code]) => code),
  };
}
