import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const ROOT = resolve(import.meta.dirname, '../..');
// E2E_FIREFOX_EXTENSION_DIR: a copy of a build, so a rebuild in the same tree cannot pull it away.
export const EXTENSION_DIR = process.env.E2E_FIREFOX_EXTENSION_DIR || join(ROOT, '.output/firefox-mv3');

/**
 * The extension's internal UUID (its `moz-extension://` host). Firefox picks a random one per profile;
 * the `extensions.webextensions.uuids` pref fixes it, so the tests can open the extension's pages.
 */
export const EXTENSION_UUID = '6f1c3b52-6c1a-4d54-9d0f-6a3f3c1b2e01';

export function firefoxPath(): string {
  const path = process.env.FIREFOX_PATH || '/usr/bin/firefox-esr';
  if (!existsSync(path))
    throw new Error(`No Firefox at ${path}: install it (apt-get install firefox-esr) or set FIREFOX_PATH.`);
  return path;
}

/** The add-on id of the build under test (browser_specific_settings.gecko.id). */
export function addonId(): string {
  const manifestPath = join(EXTENSION_DIR, 'manifest.json');
  if (!existsSync(manifestPath)) throw new Error('Build the Firefox extension first: npm run build:firefox');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    browser_specific_settings?: { gecko?: { id?: string } };
  };
  const id = manifest.browser_specific_settings?.gecko?.id;
  if (!id) throw new Error(`${manifestPath} has no browser_specific_settings.gecko.id.`);
  return id;
}

/**
 * Firefox's `identity.getRedirectURL()`: a host made of the SHA-1 of the add-on id, under
 * extensions.allizom.org (Chrome's is `https://<extension id>.chromiumapp.org/`). Computed here
 * from the id alone, so a test can check the extension uses exactly what Mozilla documents.
 */
export const firefoxRedirectUrl = (id: string) =>
  `https://${createHash('sha1').update(id).digest('hex')}.extensions.allizom.org/`;

export interface FirefoxExtension {
  browser: Browser;
  id: string;
  /** Opens `moz-extension://<uuid>/<path>` in a new tab and resolves once its document has loaded. */
  open(path: string): Promise<Page>;
  close(): Promise<void>;
}

const PREFS = {
  // Optional permissions asked for by permissions.request() (a custom server's host) are granted
  // without the doorhanger, which headless Firefox cannot show; the request still needs a real click.
  'extensions.webextOptionalPermissionPrompts': false,
};

/**
 * Starts Debian's Firefox headless over WebDriver BiDi and installs the built extension; `prefs`
 * adds to the test profile's preferences.
 */
export async function launchFirefox(prefs: Record<string, unknown> = {}): Promise<FirefoxExtension> {
  const id = addonId();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Firefox 153 refuses WebDriver navigation to moz-extension:// pages without it; older
    // releases (140 ESR) ignore the flag. It is the tests' switch, not the extension's.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      ...PREFS,
      ...prefs,
      'extensions.webextensions.uuids': JSON.stringify({ [id]: EXTENSION_UUID }),
    },
  });
  try {
    const installed = await browser.installExtension(EXTENSION_DIR);
    if (installed !== id) throw new Error(`Installed ${installed}, expected ${id}.`);
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    browser,
    id,
    open: async (path) => openExtensionPage(await browser.newPage(), path),
    close: () => browser.close(),
  };
}

export const extensionUrl = (path: string) => `moz-extension://${EXTENSION_UUID}/${path}`;

type NavigableFrame = { browsingContext: { navigate(url: string, wait: 'none'): Promise<void> } };

/**
 * Navigates `page` to an extension page. Firefox reports no load event over BiDi for moz-extension
 * documents, so `page.goto` would wait forever: navigate without waiting (puppeteer's BiDi frame,
 * an internal of the pinned version), then wait for the document itself to say it has loaded. While
 * the extension is being reloaded its pages do not exist yet, so the navigation is tried again.
 */
export async function openExtensionPage(page: Page, path: string): Promise<Page> {
  const url = extensionUrl(path);
  const frame = page.mainFrame() as unknown as NavigableFrame;
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    await frame.browsingContext.navigate(url, 'none').catch(() => undefined);
    const retryAt = Math.min(Date.now() + 5_000, deadline);
    while (Date.now() < retryAt) {
      const state = await page
        .evaluate(() => `${location.href} ${document.readyState}`)
        .catch(() => 'navigating');
      if (state === `${url} complete`) return page;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  throw new Error(`${url} did not load within 20 s.`);
}
