import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// E2E_EXTENSION_DIR: a copy of a build, so a run is not pulled from under it by a rebuild in the same tree.
export const EXTENSION_DIR = process.env.E2E_EXTENSION_DIR || join(ROOT, '.output/chrome-mv3');
export const SCREENSHOT_DIR = join(ROOT, 'test-results/screenshots');

/** Flags for a quiet headless Chromium on a machine without internet (see the env notes). */
export const BROWSER_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromePath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path))
    throw new Error(`No Chromium at ${path}: install it (apt-get install chromium) or set CHROME_PATH.`);
  return path;
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  userDataDir: string;
  /** Closes the browser; the profile is kept when `keepProfile` so a test can reopen it. */
  close(options?: { keepProfile?: boolean }): Promise<void>;
}

/** Launches Debian's Chromium headless with the built extension and a fresh (or given) profile. */
export async function launchExtension(
  options: {
    userDataDir?: string;
    headless?: boolean;
    /** Another build (e.g. one made for the sandbox, test/e2e/build-for-server.ts); the default build otherwise. */
    extensionDir?: string;
    /** The browser's own zone (IANA), as pages and content scripts see it through Intl. */
    timezoneId?: string;
  } = {},
): Promise<ExtensionBrowser> {
  const extensionDir = options.extensionDir ?? EXTENSION_DIR;
  if (!existsSync(join(extensionDir, 'manifest.json')))
    throw new Error(`Build the extension first (no manifest in ${extensionDir}): npm run build`);
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'ext-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromePath(),
    headless: options.headless ?? true,
    // The browser's zone: the calendar's own for events that name none.
    ...(options.timezoneId && { timezoneId: options.timezoneId }),
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...BROWSER_FLAGS,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    userDataDir,
    async close({ keepProfile = false } = {}) {
      await context.close();
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

export function extensionUrl(browser: ExtensionBrowser, page: string): string {
  return `chrome-extension://${browser.extensionId}/${page}`;
}

/**
 * Serves a fixture at a real calendar origin, so the shipped manifest's match patterns are what is
 * tested. Every path of the origin answers with the same single-page fixture, as the real SPAs do,
 * except `/__fixtures/<file>`, which serves the fixture's sibling scripts (fixture-kit.js, ...).
 */
const CONTENT_TYPES = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

export async function serveFixtureAt(
  context: BrowserContext,
  origin: string,
  fixture: string,
): Promise<void> {
  const dir = join(ROOT, 'test/fixtures');
  const body = readFileSync(join(dir, fixture));
  await context.route(`${origin}/**`, (route) => {
    const { pathname } = new URL(route.request().url());
    // Folders without dots and names ending .js, .css or .html: no segment can be '..', so nothing outside
    // test/fixtures is served.
    const asset = /^\/__fixtures\/((?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(js|css|html))$/.exec(pathname);
    if (asset && existsSync(join(dir, asset[1]!))) {
      return route.fulfill({
        status: 200,
        contentType: `${CONTENT_TYPES[asset[2] as keyof typeof CONTENT_TYPES]}; charset=utf-8`,
        body: readFileSync(join(dir, asset[1]!)),
      });
    }
    return route.fulfill({
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body,
    });
  });
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
