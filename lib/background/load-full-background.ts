import type { FullBackground } from './full-background';
import { FULL_BACKGROUND_GLOBAL } from './full-background-global';

// Chrome: the worker's own file (background.js) holds only the listeners and the first answer;
// the rest is background-services.js, loaded with importScripts (a service worker has no import()).
// A service worker may import a script it has not imported before only while it is first evaluated
// or installed; afterwards only what it imported then. So the first evaluation of a new version
// imports it at once (the browser stores it with the worker), and every later start imports that
// stored copy when an event first needs it. An update registers a new worker, which imports again.
// test/e2e/worker-split.e2e.ts and worker-update.e2e.ts check this across stops, restarts, updates.

declare function importScripts(...urls: string[]): void;

const SCRIPT = '/background-services.js';

type Factory = () => FullBackground;

/** In the worker's first evaluation: stores the script with a worker that was just installed. */
export function importOnInstall(): void {
  const state = (globalThis as { serviceWorker?: { state?: string } }).serviceWorker?.state;
  if (state === 'parsed' || state === 'installing') importScripts(SCRIPT);
}

/** The rest of the background, imported now if this start has not yet. */
export function loadFullBackground(): FullBackground {
  const global = globalThis as unknown as Record<string, Factory | undefined>;
  if (!global[FULL_BACKGROUND_GLOBAL]) importScripts(SCRIPT);
  const create = global[FULL_BACKGROUND_GLOBAL];
  if (!create) throw new Error(`${SCRIPT} did not load the background's services.`);
  return create();
}
