import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// Runs after the build. Everything popup.html asks for is on the way to its first row, so it asks
// for one script, the first screen's (entrypoints/popup-first-screen.ts): no style sheet (its
// styles travel in that script), no shared chunk, no module preload. The module bundle it names is
// imported once the rows are drawn (build-plugins/popup-module-after-first-screen.ts).
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => join(ROOT, '.output', b));

describe("the built popup's first screen", () => {
  it.each(BUILDS)('%s: popup.html loads one script, and names the module loaded after it', (dir) => {
    const html = readFileSync(join(dir, 'popup.html'), 'utf8');
    const loaded = [...html.matchAll(/<(?:script|link)\b[^>]*>/g)].map((m) => m[0]);
    expect(loaded).toEqual(['<script defer src="/popup-first-screen.js" >']);
    const module = /<meta name="popup-module" content="\/([^"]+\.js)">/.exec(html)?.[1];
    expect(module).toBeDefined();
    expect(existsSync(join(dir, module!))).toBe(true);
  });

  it.each(BUILDS)('%s: its script holds neither the polyfill, nor WXT storage, nor zod or React', (dir) => {
    const script = readFileSync(join(dir, 'popup-first-screen.js'), 'utf8');
    expect(script).not.toMatch(/webextension-polyfill|Invalid area|ZodError|react\.element|__reactContainer/);
    // Its styles are in it: the popup's own rules beside the shared ones.
    expect(script).toContain('.popup-head');
  });
});
