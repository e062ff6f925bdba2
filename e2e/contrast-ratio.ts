import type { Locator } from '@playwright/test';

export interface TextContrast {
  text: string;
  ratio: number;
}

/**
 * The WCAG contrast ratio of every piece of text inside `within` (SVG text by its fill, HTML text by its colour)
 * against the first opaque background behind `within`. Axe does not check SVG text, so a chart needs this.
 */
export async function textContrasts(within: Locator): Promise<TextContrast[]> {
  return within.evaluate((root) => {
    const rgb = (colour: string) => {
      const parts = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(colour);
      return parts ? { channels: [parts[1], parts[2], parts[3]].map(Number), alpha: parts[4] === undefined ? 1 : Number(parts[4]) } : undefined;
    };
    const luminance = (channels: number[]) => {
      const [r = 0, g = 0, b = 0] = channels.map((value) => {
        const c = value / 255;
        return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    let background: number[] | undefined;
    for (let element: Element | null = root; element && !background; element = element.parentElement) {
      const colour = rgb(getComputedStyle(element).backgroundColor);
      if (colour && colour.alpha === 1) background = colour.channels;
    }
    const behind = luminance(background ?? [255, 255, 255]);
    const texts = [...root.querySelectorAll('text, tspan, span, p, h2')].filter((element) => element.childElementCount === 0 && element.textContent?.trim());
    return texts.map((element) => {
      const style = getComputedStyle(element);
      const colour = rgb(element instanceof SVGElement ? style.fill : style.color);
      const front = luminance(colour?.channels ?? [0, 0, 0]);
      const [light, dark] = front > behind ? [front, behind] : [behind, front];
      return { text: element.textContent?.trim() ?? '', ratio: Math.round(((light + 0.05) / (dark + 0.05)) * 100) / 100 };
    });
  });
}
