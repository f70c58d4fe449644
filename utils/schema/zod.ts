import { z } from 'zod';

// zod 4 compiles object parsers with `new Function` unless told not to. Extension pages run under a
// CSP without 'unsafe-eval', and Firefox's linter flags the probe, so every schema module imports z
// from here to get the interpreter mode first.
z.config({ jitless: true });

export { z };
