import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { countryFlagSprite, readCountryFlags } from './scripts/country-flag-sprite.mjs';

const FLAG_SPRITE = 'virtual:country-flag-sprite';

/** `virtual:country-flag-sprite`: the URL of one SVG holding every flag (emitted as an asset), and its codes. */
function countryFlagSpritePlugin(): Plugin {
  return {
    name: 'country-flag-sprite',
    apply: 'build',
    resolveId: (source) => (source === FLAG_SPRITE ? `\0${FLAG_SPRITE}` : undefined),
    load(id) {
      if (id !== `\0${FLAG_SPRITE}`) return undefined;
      const { source, codes } = countryFlagSprite(readCountryFlags(path.resolve('node_modules', 'country-flag-icons', '3x2')));
      const reference = this.emitFile({ type: 'asset', name: 'country-flags.svg', source });
      return `export const flagSpriteUrl = import.meta.ROLLUP_FILE_URL_${reference};\nexport const flagCodes = ${JSON.stringify(codes)};`;
    },
  };
}

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), countryFlagSpritePlugin()],
  // zod, configured for the CSP (see renderer/src/zod-jitless.ts), wherever a module of the renderer imports it.
  resolve: { alias: [{ find: /^zod$/, replacement: path.resolve('renderer/src/zod-jitless.ts') }] },
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // Read by scripts/renderer-bundle-size.test.ts: which chunks the start screen loads.
    manifest: true,
    chunkSizeWarningLimit: 2000,
  },
});
