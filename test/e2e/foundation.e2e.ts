import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addButton } from './calendar-kit';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot, serveFixtureAt } from './harness';

describe('the built extension in Chromium', () => {
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchExtension();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('runs its service worker under a chrome-extension id', async () => {
    expect(browser.extensionId).toMatch(/^[a-p]{32}$/);
    const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.permissions).toEqual(
      expect.arrayContaining(['storage', 'identity', 'alarms', 'contextMenus', 'notifications']),
    );
  });

  it('shows in the popup what the background answers', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'popup.html'));
    await expect
      .poll(() => page.getByTestId('connection-status').textContent())
      .toBe('Not connected to Zoom');
    await screenshot(page, 'foundation-popup');
    await page.close();
  });

  it('answers a malformed message with a clear error and keeps working', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'popup.html'));
    const replies = await page.evaluate(async () => [
      await chrome.runtime.sendMessage({ nonsense: true }),
      await chrome.runtime.sendMessage({ type: 'no.such.message', payload: {} }),
      await chrome.runtime.sendMessage({ type: 'status.get', payload: { extra: 1 } }),
      await chrome.runtime.sendMessage({ type: 'status.get', payload: {} }),
    ]);
    expect(replies.map((r) => r.ok)).toEqual([false, false, false, true]);
    expect(replies[1].error.message).toContain('no.such.message');
    await page.close();
  });

  it('injects the button into the Google Calendar editor at its real address', async () => {
    await serveFixtureAt(browser.context, 'https://calendar.google.com', 'google-calendar.html');
    const page = await browser.context.newPage();
    await page.goto('https://calendar.google.com/calendar/r/eventedit');
    const button = addButton(page);
    await expect.poll(() => button.count()).toBe(1);
    await screenshot(page, 'foundation-google-calendar');
    await page.close();
  });

  it('injects the button into the Outlook compose form at its real address', async () => {
    await serveFixtureAt(browser.context, 'https://outlook.office.com', 'outlook.html');
    const page = await browser.context.newPage();
    await page.goto('https://outlook.office.com/calendar/deeplink/compose');
    const button = addButton(page);
    await expect.poll(() => button.count()).toBe(1);
    await screenshot(page, 'foundation-outlook');
    await page.close();
  });
});
