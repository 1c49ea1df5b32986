import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './harness';

// Runs after the build. zod's eval probe and JIT compiler are removed at build time
// (build-plugins/zod-no-eval.ts) and turned off at run time (lib/zod-config.ts): no bundle may hold
// `eval(`, `new Function` or a call of the Function constructor, which `web-ext lint` flags.
const BUILDS = ['chrome-mv3', 'firefox-mv3'].map((b) => join(ROOT, '.output', b));
const EVAL = /(?<![\w.$])eval\(|\bnew Function\b|(?<![\w.$])Function\(/;

describe('the built bundles hold no eval', () => {
  it.each(BUILDS)('%s', (dir) => {
    const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(
      (f) => f.isFile() && f.name.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(0);
    const found = files
      .map((f) => ({ name: f.name, match: EVAL.exec(readFileSync(join(f.parentPath, f.name), 'utf8')) }))
      .filter((f) => f.match)
      .map((f) => `${f.name}: ${f.match![0]}`);
    expect(found).toEqual([]);
  });
});
