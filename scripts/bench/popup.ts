import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl, launchExtension } from '../../test/e2e/harness';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from '../../test/e2e/sandbox-connection';

const RUNS = 15;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// Recorded inside the page, from its time origin (navigation start) to the first meeting row in the
// DOM, so Playwright's own polling adds nothing. A string: tsx's __name helper is not in the page.
const RECORD_FIRST_MEETING = `
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="meeting"]')) {
      window.__firstMeetingMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

async function openOnce(browser: ExtensionBrowser): Promise<number> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(RECORD_FIRST_MEETING);
  await page.goto(extensionUrl(browser, 'popup.html'));
  // Polled through the DevTools protocol: waitForFunction evaluates in the page, which the extension
  // CSP (no 'unsafe-eval') refuses. The figure itself was taken in the page; polling only reads it.
  let ms: number | undefined;
  while ((ms = (await page.evaluate('window.__firstMeetingMs')) as number | undefined) === undefined)
    await new Promise((resolve) => setTimeout(resolve, 20));
  await page.close();
  return ms;
}

export interface PopupBench {
  runs: number;
  fromCacheMs: number;
  fromNetworkMs: number;
  bundle: { files: string[]; bytes: number; gzip: number };
}

/** Everything popup.html loads: its entry script, the chunks it preloads, its style sheets. */
export function popupBundle(): PopupBench['bundle'] {
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
  const contents = files.map((f) => readFileSync(join(EXTENSION_DIR, f)));
  return {
    files,
    bytes: contents.reduce((n, c) => n + c.length, 0),
    gzip: contents.reduce((n, c) => n + gzipSync(c).length, 0),
  };
}

/**
 * Popup open -> first meeting rendered, against the sandbox, with a warm service worker (the page
 * is opened as a tab; the toolbar popup loads the same document). From cache: the sandbox answers
 * after 2 s, so the first row can only be the cached one. From network: the cache is removed first.
 */
export async function benchPopup(runs = RUNS): Promise<PopupBench> {
  const sandbox = await startTestSandbox();
  const browser = await launchExtension();
  try {
    await pointAtSandbox(browser, sandbox);
    await (await connectThroughOptions(browser)).close();
    await openOnce(browser); // fills the cache and warms the worker

    const fromNetwork: number[] = [];
    for (let i = 0; i < runs; i++) {
      await browser.worker.evaluate(() => chrome.storage.local.remove('upcomingCache'));
      fromNetwork.push(await openOnce(browser));
    }
    const fromCache: number[] = [];
    sandbox.setLatency(2000);
    for (let i = 0; i < runs; i++) fromCache.push(await openOnce(browser));
    sandbox.setLatency(0);
    return {
      runs,
      fromCacheMs: median(fromCache),
      fromNetworkMs: median(fromNetwork),
      bundle: popupBundle(),
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
