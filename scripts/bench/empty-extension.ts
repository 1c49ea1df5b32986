import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'wxt';
import { ROOT } from '../../test/e2e/harness';

/**
 * The service-worker baseline: a second extension built by the same WXT setup (same polyfill
 * module, same IIFE background, Chrome MV3) whose worker answers every message at once, plus a
 * blank page to send from. Built by the bench into `.output/`, never shipped.
 */
export async function buildEmptyExtension(): Promise<string> {
  const outDir = join(ROOT, '.output/bench-empty-extension');
  // Built from a copy under .output, so WXT's generated .wxt/ folder lands there, not in scripts/.
  const root = join(outDir, 'src');
  rmSync(root, { recursive: true, force: true });
  cpSync(join(ROOT, 'scripts/bench/empty-extension'), root, { recursive: true });
  await build({
    root,
    configFile: false,
    outDir,
    modules: ['@wxt-dev/webextension-polyfill'],
    manifestVersion: 3,
    manifest: { name: 'Empty worker (bench baseline)', version: '0.0.0' },
  });
  return join(outDir, 'chrome-mv3');
}
