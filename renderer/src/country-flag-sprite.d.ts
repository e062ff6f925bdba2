/** Made at build time by vite.config.ts from country-flag-icons (see scripts/country-flag-sprite.mjs). */
declare module 'virtual:country-flag-sprite' {
  /** The one SVG holding every flag; `#CODE` shows one. */
  export const flagSpriteUrl: string;
  export const flagCodes: readonly string[];
}
