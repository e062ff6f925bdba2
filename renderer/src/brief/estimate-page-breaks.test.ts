import { describe, expect, it } from 'vitest';
import { estimatePageBreaks, type MeasuredBlock } from './estimate-page-breaks';

const block = (top: number, bottom: number, keepWithNext = false): MeasuredBlock => ({ top, bottom, keepWithNext });

describe('estimatePageBreaks', () => {
  it('breaks before the first block that would cross the bottom of the page', () => {
    expect(estimatePageBreaks([block(0, 40), block(40, 90), block(90, 130), block(130, 170)], 100)).toEqual([90]);
  });

  it('moves a heading to the next page with the block after it', () => {
    expect(estimatePageBreaks([block(0, 80), block(80, 90, true), block(90, 120)], 100)).toEqual([80]);
  });

  it('finds one break per page of a long part', () => {
    const rows = Array.from({ length: 10 }, (_, i) => block(i * 30, i * 30 + 30));
    expect(estimatePageBreaks(rows, 100)).toEqual([90, 180, 270]);
  });

  it('finds none in a part shorter than a page', () => {
    expect(estimatePageBreaks([block(0, 50)], 100)).toEqual([]);
  });
});
