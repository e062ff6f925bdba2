import { useEffect, useState, type RefObject } from 'react';
import { PAGE_MARGINS_MM, PAGE_SIZE_MM } from '../../../app/shared/briefs/page-margin-rules';
import { estimatePageBreaks, type MeasuredBlock } from './estimate-page-breaks';

const PX_PER_MM = 96 / 25.4;
const PAGE_CONTENT_HEIGHT_PX = (PAGE_SIZE_MM.height - PAGE_MARGINS_MM.top - PAGE_MARGINS_MM.bottom) * PX_PER_MM;
const BLOCKS = 'h1, h2, h3, p, li, tr, figure';

function measureBlocks(container: HTMLElement): MeasuredBlock[] {
  const origin = container.getBoundingClientRect().top;
  return [...container.querySelectorAll<HTMLElement>(BLOCKS)]
    .filter((element) => element.tagName === 'TR' || element.tagName === 'FIGURE' || !element.parentElement?.closest('tr, figure, li'))
    .map((element) => {
      const box = element.getBoundingClientRect();
      return { top: box.top - origin, bottom: box.bottom - origin, keepWithNext: /^H[1-3]$/.test(element.tagName) };
    });
}

/** The estimated page breaks of a previewed part, re-measured whenever its size changes (content, fonts). */
export function usePageBreakEstimates(container: RefObject<HTMLElement | null>): number[] {
  const [breaks, setBreaks] = useState<number[]>([]);
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const observer = new ResizeObserver(() => {
      const next = estimatePageBreaks(measureBlocks(element), PAGE_CONTENT_HEIGHT_PX);
      setBreaks((previous) => (previous.join() === next.join() ? previous : next));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [container]);
  return breaks;
}
