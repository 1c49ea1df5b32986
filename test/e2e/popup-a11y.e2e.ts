import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { seriousViolations } from './axe';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl, launchExtension } from './harness';
import { chooseInRow, meetingRow, openPopup } from './popup-helpers';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

/** registrants.html comes with issue 7; scanned when the build has it. */
const REGISTRANTS_PAGE_BUILT = existsSync(join(EXTENSION_DIR, 'registrants.html'));

// axe-core over the extension's pages with real data in them (a meeting's details open, the
// summaries list), in both colour schemes, since dark mode has its own colours to get wrong.
describe('accessibility of the extension pages (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    await (await connectThroughOptions(browser)).close();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('has no serious or critical axe violations in the popup, options and registrants pages, light and dark', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const popup = await openPopup(browser);
      await popup.emulateMedia({ colorScheme });
      // Chrome's popups are at most 800 px wide, and this one is meant for 400: nothing may scroll sideways.
      await popup.setViewportSize({ width: 400, height: 600 });
      const scrollWidth = () => popup.evaluate(() => document.documentElement.scrollWidth);
      const row = meetingRow(popup, '81000000006');
      await chooseInRow(row, 'Live stream');
      await row.getByTestId('livestream').waitFor();
      expect(await scrollWidth(), `popup width ${colorScheme}`).toBeLessThanOrEqual(400);
      expect(await seriousViolations(popup), `popup ${colorScheme}`).toEqual([]);
      await row.getByRole('button', { name: 'More' }).click();
      await row.getByRole('menu').waitFor();
      expect(await scrollWidth(), `popup width, menu open, ${colorScheme}`).toBeLessThanOrEqual(400);
      expect(await seriousViolations(popup), `popup menu ${colorScheme}`).toEqual([]);
      await popup.keyboard.press('Escape');
      await popup.getByRole('tab', { name: 'Summaries' }).click();
      await popup.getByTestId('summaries-list').waitFor();
      expect(await seriousViolations(popup), `summaries ${colorScheme}`).toEqual([]);
      const options = await browser.context.newPage();
      await options.emulateMedia({ colorScheme });
      await options.goto(extensionUrl(browser, 'options.html'));
      await options.getByTestId('zoom-user').waitFor();
      expect(await seriousViolations(options), `options ${colorScheme}`).toEqual([]);
      if (REGISTRANTS_PAGE_BUILT) {
        const registrants = await browser.context.newPage();
        await registrants.emulateMedia({ colorScheme });
        await registrants.goto(extensionUrl(browser, 'registrants.html?meeting=81000000002'));
        await registrants.getByRole('heading', { level: 1 }).waitFor();
        expect(await seriousViolations(registrants), `registrants ${colorScheme}`).toEqual([]);
        await registrants.close();
      }
      await popup.close();
      await options.close();
    }
  });
});
