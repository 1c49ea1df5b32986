import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl } from '../../test/e2e/harness';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from '../../test/e2e/sandbox-connection';
import { BLANK_PAGE, copyBuildWithBlankPage, launchExtensions } from './launch';
import { median, type Ratio, ratio } from './stats';

const RUNS = 15;
// After each page closes: what it left running (the full popup still loading, its teardown) shares
// the extension's renderer main thread with the next page, so each page opens on a quiet renderer,
// as it would from a person's click.
const SETTLE_MS = 250;

// Recorded inside the page, from its time origin (navigation start) to the first meeting row in the
// DOM, so Playwright's own polling adds nothing. Beside it, where the time went: when the page first
// asked storage and when the answer came. Strings: tsx's __name helper is not in the page.
const RECORD_FIRST_MEETING = `
  window.__marks = {};
  const local = chrome.storage.local, get = local.get.bind(local);
  local.get = (...args) => {
    window.__marks.storageAsked ??= performance.now();
    const answer = get(...args);
    answer.then(() => { window.__marks.storageAnswered ??= performance.now(); });
    return answer;
  };
  new MutationObserver((_, observer) => {
    if (document.querySelector('[data-testid="meeting"]')) {
      window.__firstMeetingMs = performance.now();
      observer.disconnect();
    }
  }).observe(document, { childList: true, subtree: true });
`;

// The baseline, taken the same way: from the blank page's time origin to its `load` event.
const RECORD_LOAD = `addEventListener('load', () => { window.__firstMeetingMs = performance.now(); });`;

/**
 * The floor of any first screen read from `storage.local` by a script: a blank page with one script
 * that asks for the same keys and adds a row as soon as they come. What the popup takes beyond it is
 * its own; what the floor takes beyond the blank page is the script's file and the storage round trip.
 */
const FLOOR_PAGE = 'bench-floor.html';
const FLOOR_HTML =
  '<!doctype html>\n<html lang="en"><head><meta charset="UTF-8" /><title>Floor</title>' +
  '<script defer src="/bench-floor.js"></script></head><body></body></html>\n';
const FLOOR_JS = `chrome.storage.local.get(['upcomingCache', 'zoomProfile', 'webexUpcomingCache', 'webexProfile']).then(() => {
  const row = document.createElement('li');
  row.dataset.testid = 'meeting';
  document.body.append(row);
});
`;

/**
 * The floor of any page that runs a script at all: a blank page with one script file that adds a
 * row as soon as it runs, reading nothing. Chrome serves each file of an extension page from its
 * browser process, so this is what one file costs before a first row can be drawn.
 */
const SCRIPT_FLOOR_PAGE = 'bench-script-floor.html';
const SCRIPT_FLOOR_HTML = FLOOR_HTML.replace('/bench-floor.js', '/bench-script-floor.js').replace(
  '<title>Floor</title>',
  '<title>Script floor</title>',
);
const SCRIPT_FLOOR_JS = `const row = document.createElement('li');
row.dataset.testid = 'meeting';
document.body.append(row);
`;

interface Opened {
  ms: number;
  storageAskedMs?: number;
  storageAnsweredMs?: number;
}

async function openOnce(
  browser: ExtensionBrowser,
  path = 'popup.html',
  record = RECORD_FIRST_MEETING,
): Promise<Opened> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(record);
  await page.goto(extensionUrl(browser, path));
  // Polled through the DevTools protocol: waitForFunction evaluates in the page, which the extension
  // CSP (no 'unsafe-eval') refuses. The figure itself was taken in the page; polling only reads it.
  let ms: number | undefined;
  while ((ms = (await page.evaluate('window.__firstMeetingMs')) as number | undefined) === undefined)
    await new Promise((resolve) => setTimeout(resolve, 20));
  const marks = (await page.evaluate('window.__marks')) as Record<string, number> | undefined;
  await page.close();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return { ms, storageAskedMs: marks?.storageAsked, storageAnsweredMs: marks?.storageAnswered };
}

export interface PopupBench {
  runs: number;
  fromCacheMs: number;
  fromNetworkMs: number;
  /** A blank page of the same build (no script, no style sheet): open -> `load`. */
  blankLoadMs: number;
  /** From cache against the blank page's load (budget 1.3). */
  fromCache: Ratio;
  /** Where the from-cache time goes (medians): storage asked, storage answered, first row. */
  fromCacheSteps: { storageAskedMs: number; storageAnsweredMs: number };
  /** A blank page with one script that reads the same storage keys, against the blank page. */
  floor: Ratio;
  /** A blank page with one script that reads nothing, against the blank page. */
  scriptFloor: Ratio;
  bundle: { files: string[]; bytes: number; gzip: number };
}

/** Everything popup.html loads: its scripts, the chunks it preloads, its style sheets. */
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
 * its runs alternating with the from-cache ones (and the floor page's) so the machine's load falls
 * on all of them.
 */
export async function benchPopup(runs = RUNS): Promise<PopupBench> {
  const sandbox = await startTestSandbox();
  const dir = copyBuildWithBlankPage();
  writeFileSync(join(dir, FLOOR_PAGE), FLOOR_HTML);
  writeFileSync(join(dir, 'bench-floor.js'), FLOOR_JS);
  writeFileSync(join(dir, SCRIPT_FLOOR_PAGE), SCRIPT_FLOOR_HTML);
  writeFileSync(join(dir, 'bench-script-floor.js'), SCRIPT_FLOOR_JS);
  const { browser } = await launchExtensions([dir]);
  try {
    await pointAtSandbox(browser, sandbox);
    await (await connectThroughOptions(browser)).close();
    await openOnce(browser); // fills the cache and warms the worker

    const fromNetwork: number[] = [];
    for (let i = 0; i < runs; i++) {
      await browser.worker.evaluate(() => chrome.storage.local.remove('upcomingCache'));
      // No cache, and no picture of the last open either (lib/popup/first-screen-snapshot.ts).
      fromNetwork.push(
        (await openOnce(browser, 'popup.html', `localStorage.clear();\n${RECORD_FIRST_MEETING}`)).ms,
      );
    }
    const fromCache: Opened[] = [];
    const blank: number[] = [];
    const floor: number[] = [];
    const scriptFloor: number[] = [];
    // The first visit of a page is not a typical one.
    await openOnce(browser, BLANK_PAGE, RECORD_LOAD);
    await openOnce(browser, FLOOR_PAGE);
    await openOnce(browser, SCRIPT_FLOOR_PAGE);
    sandbox.setLatency(2000);
    for (let i = 0; i < runs; i++) {
      blank.push((await openOnce(browser, BLANK_PAGE, RECORD_LOAD)).ms);
      fromCache.push(await openOnce(browser));
      floor.push((await openOnce(browser, FLOOR_PAGE)).ms);
      scriptFloor.push((await openOnce(browser, SCRIPT_FLOOR_PAGE)).ms);
    }
    sandbox.setLatency(0);
    const blankMs = median(blank);
    const step = (key: 'storageAskedMs' | 'storageAnsweredMs') =>
      median(fromCache.map((run) => run[key]).filter((ms): ms is number => ms !== undefined));
    return {
      runs,
      fromCacheMs: median(fromCache.map((run) => run.ms)),
      fromNetworkMs: median(fromNetwork),
      blankLoadMs: blankMs,
      fromCache: ratio(median(fromCache.map((run) => run.ms)), blankMs, 1.3),
      fromCacheSteps: {
        storageAskedMs: step('storageAskedMs'),
        storageAnsweredMs: step('storageAnsweredMs'),
      },
      floor: ratio(median(floor), blankMs, 1.3),
      scriptFloor: ratio(median(scriptFloor), blankMs, 1.3),
      bundle: popupBundle(),
    };
  } finally {
    await browser.close();
    await sandbox.close();
  }
}
