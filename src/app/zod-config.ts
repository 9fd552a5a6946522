// zod compiles object parsers with `new Function` when it may; probing for that under the build's
// Content-Security-Policy (no 'unsafe-eval') is itself reported as a violation, even though zod
// catches the error. Jitless parsing never probes. This module must be imported before any schema
// is defined: zod decides when a schema is built, not when it parses.
import { config } from 'zod/mini';

config({ jitless: true });
