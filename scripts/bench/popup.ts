import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl } from '../../test/e2e/harness';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from '../../test/e2e/sandbox-connection';
import { BLANK_PAGE, copyBuildWithBlankPage, launchExtensions } from './launch';
import { median, type Ratio, ratio } from './stats';

const RUNS = 15;

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

// The baseline, taken the same way: from the blank page's time origin to its `load` event.
const RECORD_LOAD = `addEventListener('load', () => { window.__firstMeetingMs = performance.now(); });`;

async function openOnce(browser: ExtensionBrowser, path = 'popup.html', record = RECORD_FIRST_MEETING) {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(record);
  await page.goto(extensionUrl(browser, path));
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
  /** A blank page of the same build (no script, no style sheet): open -> `load`. */
  blankLoadMs: number;
  /** From cache against the blank page's load (budget 1.3). */
  fromCache: Ratio;
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
 * The baseline is a blank page added to a copy of the same build (launch.ts), opened the same way,
 * its runs alternating with the from-cache ones so the machine's load falls on both.
 */
export async function benchPopup(runs = RUNS): Promise<PopupBench> {
  const sandbox = await startTestSandbox();
  const { browser } = await launchExtensions([copyBuildWithBlankPage()]);
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
    const blank: number[] = [];
    await openOnce(browser, BLANK_PAGE, RECORD_LOAD); // the first visit of a page is not a typical one
    sandbox.setLatency(2000);
    for (let i = 0; i < runs; i++) {
      blank.push(await openOnce(browser, BLANK_PAGE, RECORD_LOAD));
      fromCache.push(await openOnce(browser));
    }
    sandbox.setLatency(0);
    return {
      runs,
      fromCacheMs: median(fromCache),
      fromNetworkMs: median(fromNetwork),
      blankLoadMs: median(blank),
      fromCache: ratio(median(fromCache), median(blank), 1.3),
      bundle: popupBundle(),
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
