import { createFullBackground } from '@/lib/background/full-background';
import { FULL_BACKGROUND_GLOBAL } from '@/lib/background/full-background-global';

// Chrome's worker imports this with importScripts (lib/background/load-full-background.ts) when an
// event needs more than the first answer; it only leaves the factory on the worker's global, and
// builds nothing until called. Firefox's background is one bundle and needs no such file.
export default defineUnlistedScript({
  exclude: ['firefox'],
  main() {
    Object.assign(globalThis, { [FULL_BACKGROUND_GLOBAL]: createFullBackground });
  },
});
