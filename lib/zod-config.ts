import { z } from 'zod';

// Imported first by every entry point that validates with zod, so it runs before any schema is
// built. Jitless: zod then never compiles parsers with `new Function` (nor probes whether it may),
// which an extension's CSP forbids and reviewers flag as eval. The bundles hold no such code at all:
// build-plugins/zod-no-eval.ts removes it at build time.
z.config({ jitless: true });
