import { useEffect, useState, type RefObject } from 'react';

/** An A4 sheet's width in CSS pixels (210 mm), with the margin of the desk around it. */
const SHEET_WIDTH_PX = (210 * 96) / 25.4;
const DESK_PADDING_PX = 32;

/**
 * How the previewed sheets fit their column: the zoom that shows a whole sheet's width (never above 1),
 * and the number of pages the preview shows (its sheets and estimated page breaks), both followed as the
 * column and the brief change.
 */
export function usePreviewFit(container: RefObject<HTMLElement | null>): { zoom: number; pages: number } {
  const [fit, setFit] = useState({ zoom: 1, pages: 0 });
  useEffect(() => {
    const element = container.current;
    if (!element) return undefined;
    const measure = () => {
      const zoom = Math.min(1, Math.max(0.3, (element.clientWidth - DESK_PADDING_PX) / SHEET_WIDTH_PX));
      const pages = element.querySelectorAll('.brief-sheet, .brief-sheet__break').length;
      setFit((previous) => (previous.zoom === zoom && previous.pages === pages ? previous : { zoom, pages }));
    };
    const resizes = new ResizeObserver(measure);
    resizes.observe(element);
    const changes = new MutationObserver(measure);
    changes.observe(element, { childList: true, subtree: true });
    measure();
    return () => {
      resizes.disconnect();
      changes.disconnect();
    };
  }, [container]);
  return fit;
}
