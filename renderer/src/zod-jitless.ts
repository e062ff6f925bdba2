import { z } from 'zod/v4';

/**
 * What the renderer's build resolves `zod` to (vite.config.ts): zod itself, told not to probe for eval
 * before any schema is built. The CSP forbids eval, and the probe logs a CSP violation. Every module that
 * declares a schema imports `zod`, so this runs first wherever zod loads: in whichever chunk needs it,
 * and never on a screen that needs no schema.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z, z as default } from 'zod/v4';
