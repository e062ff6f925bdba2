import { z } from 'zod';

// The CSP forbids eval. Tell zod not to probe for it (the probe logs a CSP violation) before any schema is built:
// this module is imported first by main.tsx, ahead of every module that declares a schema.
z.config({ jitless: true });
