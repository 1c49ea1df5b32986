import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Worker } from 'playwright-core';
import { BROWSER_FLAGS, chromePath, EXTENSION_DIR, type ExtensionBrowser } from '../../test/e2e/harness';

/** The page every baseline is taken on: nothing but markup, no script, no style sheet. */
export const BLANK_PAGE = 'bench-blank.html';
const BLANK_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>Blank</title></head><body></body></html>\n';

/**
 * A copy of the built extension with one blank page added, so the baseline page is of the same
 * build and origin as the popup it is compared with; the build itself ships no such page.
 */
export function copyBuildWithBlankPage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-extension-'));
  cpSync(EXTENSION_DIR, dir, { recursive: true });
  writeFileSync(join(dir, BLANK_PAGE), BLANK_HTML);
  return dir;
}

/** Chromium names an unpacked extension after its path: SHA-256, first 32 hex digits, 0-f as a-p. */
export function unpackedExtensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export interface LoadedExtension {
  id: string;
  worker: Worker;
}

/**
 * Launches Chromium as the e2e harness does, with every extension directory given loaded the
 * same way. `browser` is the first extension's (what the sandbox helpers take); `extensions`
 * lists all of them in the order given.
 */
export async function launchExtensions(
  dirs: readonly string[],
): Promise<{ browser: ExtensionBrowser; extensions: LoadedExtension[] }> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'bench-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: true,
    args: [
      `--disable-extensions-except=${dirs.join(',')}`,
      `--load-extension=${dirs.join(',')}`,
      ...BROWSER_FLAGS,
    ],
  });
  while (context.serviceWorkers().length < dirs.length) await context.waitForEvent('serviceworker');
  const extensions = dirs.map((dir) => {
    const id = unpackedExtensionId(dir);
    const worker = context.serviceWorkers().find((w) => new URL(w.url()).host === id);
    if (!worker) throw new Error(`The extension in ${dir} (${id}) did not start a service worker.`);
    return { id, worker };
  });
  const first = extensions[0]!;
  return {
    extensions,
    browser: {
      context,
      extensionId: first.id,
      worker: first.worker,
      userDataDir,
      async close() {
        await context.close();
        rmSync(userDataDir, { recursive: true, force: true });
      },
    },
  };
}
