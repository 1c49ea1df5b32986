import { z } from 'zod';

// Extension pages and the service worker forbid eval (MV3 CSP): zod's JIT can never run there, and
// its probe for it (a caught `new Function`) is still reported as a CSP violation on every start.
z.config({ jitless: true });
