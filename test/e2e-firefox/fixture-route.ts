import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { ROOT } from './harness';

/**
 * Serves a fixture at a real calendar origin in this tab, through WebDriver BiDi's network
 * interception (`network.addIntercept` + `network.provideResponse`), so the shipped manifest's match
 * patterns are what is tested. As in the Chromium suite, every path answers with the single-page
 * fixture, except `/__fixtures/<path>.js|.css|.html`, its sibling files (folders without dots, so no
 * segment can be '..' and nothing outside test/fixtures is served). Other requests go on untouched.
 */
const CONTENT_TYPES = { js: 'text/javascript', css: 'text/css', html: 'text/html' };

export async function serveFixtureAt(page: Page, origin: string, fixture: string): Promise<void> {
  const dir = join(ROOT, 'test/fixtures');
  const body = readFileSync(join(dir, fixture));
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    const url = new URL(request.url());
    if (url.origin !== origin) return void request.continue();
    const asset = /^\/__fixtures\/((?:[\w-]+\/)*[\w-]+(?:\.[\w-]+)*\.(js|css|html))$/.exec(url.pathname);
    if (asset && existsSync(join(dir, asset[1]!))) {
      return void request.respond({
        status: 200,
        contentType: `${CONTENT_TYPES[asset[2] as keyof typeof CONTENT_TYPES]}; charset=utf-8`,
        body: readFileSync(join(dir, asset[1]!)),
      });
    }
    void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body });
  });
}
