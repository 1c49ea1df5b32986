import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OWN_NODE_ATTR } from '../../lib/calendar/dom/watch-editors';
import { pressMeetingButton } from './calendar-button';
import { serveFixtureAt } from './fixture-route';
import { type FirefoxExtension, launchFirefox } from './harness';

// The content script's on-demand part (calendar-actions.js) is imported on the first click that
// needs it: in Firefox too, and into the content script's own world. Signed out on purpose: the
// confirm form needs no account, and it lives only in that bundle.

const GOOGLE = 'https://calendar.google.com';
const HOST = `[${OWN_NODE_ATTR}]`;

describe('the calendar content script loads its on-demand part in Firefox', () => {
  let extension: FirefoxExtension;
  beforeAll(async () => {
    extension = await launchFirefox();
  });
  afterAll(async () => void (await extension?.close()));

  it('times the page does not show: Add opens the confirm form', async () => {
    const page = await extension.browser.newPage();
    await serveFixtureAt(page, GOOGLE, 'google-calendar.html');
    const event = { title: 'Roadmap', start: '2027-03-16T10:00', end: '2027-03-16T11:00' };
    await page.goto(`${GOOGLE}/calendar/r/eventedit#event=${encodeURIComponent(JSON.stringify(event))}`);
    await page.waitForSelector(HOST, { timeout: 20_000 });
    // No hook can read the times once their pickers are gone: the form must ask for them.
    await page.evaluate(() => {
      for (const el of document.querySelectorAll('#xStTiIn, #xEnTiIn, [jsname="B4GDSd"], [jsname="XCHdmd"]'))
        el.remove();
    });
    // The closed root hides the form's text. Its six labelled fields show in the host's height
    // (far taller than the few lines of the error a failed load shows), then as keyboard stops:
    // focus is in the first time field, and Tab walks on through the form.
    const height = () =>
      page.evaluate((host) => document.querySelector(host)!.getBoundingClientRect().height, HOST);
    const row = await height();
    await pressMeetingButton(page);
    await expect.poll(height, { timeout: 10_000 }).toBeGreaterThan(row * 8);
    const inHost = () => page.evaluate((host) => document.activeElement?.matches(host) ?? false, HOST);
    let stops = 0;
    while (stops < 10 && (await inHost())) {
      await page.keyboard.press('Tab');
      stops++;
    }
    expect(stops).toBeGreaterThanOrEqual(4);
    await page.close();
  });
});
