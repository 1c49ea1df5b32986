import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { WEBEX_SANDBOX_CLIENT } from '../sandbox/webex/index';
import { addButton, GOOGLE, openQuickAdd, pageModel, savedEvents } from './calendar-kit';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot, serveFixtureAt } from './harness';
import { pointAtSandbox, startTestSandbox } from './sandbox-connection';

// Webex beside Zoom: sign in to the sandbox's Webex from the options page, make Webex the default
// provider, and attach a Webex meeting from the Google Calendar replica.

describe('Webex (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    // The settings' Zoom part is required; the Webex part is added beside it.
    await pointAtSandbox(browser, sandbox);
    // As pointAtSandbox does for Zoom: written from the worker, since headless Chromium cannot
    // answer the host-permission prompt the options page would show for a custom server.
    const webex = {
      oauthBase: sandbox.webex.base,
      apiBase: sandbox.webex.base,
      clientId: WEBEX_SANDBOX_CLIENT,
    };
    await browser.worker.evaluate(async (value) => {
      const { settings } = await chrome.storage.local.get('settings');
      // Marked as version 3, as the extension writes it: migrations run only on older values.
      await chrome.storage.local.set({
        settings: { ...(settings ?? {}), webex: value },
        settings$: { v: 3 },
      });
    }, webex);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('connects from the options page, shows the user, and makes Webex the default', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    await expect
      .poll(() => options.getByTestId('webex-connection-status').textContent())
      .toBe('Not connected to Webex');
    const consent = browser.context.waitForEvent('page', (page) =>
      page.url().includes('/webex/v1/authorize'),
    );
    await options.getByRole('button', { name: 'Connect Webex' }).click();
    await (await consent).getByRole('button', { name: 'Accept' }).click();
    await expect
      .poll(() => options.getByTestId('webex-user').textContent())
      .toContain('host@webex-sandbox.example');
    await options.getByLabel('Webex', { exact: true }).check();
    await options.getByText('Saved.', { exact: true }).waitFor();
    await screenshot(options, 'webex-options-connected');
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ defaultProvider: 'webex' });
    await options.close();
  });

  it('attaches a Webex meeting from a Google event and writes its link into the event', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r`);
    await openQuickAdd(page, {
      title: 'Partner onboarding',
      start: '2027-03-10T09:30',
      end: '2027-03-10T10:15',
      description: 'Agenda below.',
    });
    await addButton(page).click();
    await expect
      .poll(() => sandbox.webex.state.meetings.filter((m) => m.title === 'Partner onboarding').length, {
        timeout: 20_000,
      })
      .toBe(1);
    const meeting = sandbox.webex.state.meetings.find((m) => m.title === 'Partner onboarding')!;
    await expect.poll(async () => (await pageModel(page)).location as string).toContain('/webex/j/');
    await page.locator('[role="dialog"] [data-action="save"]').click();
    await expect.poll(async () => (await savedEvents(page)).length).toBeGreaterThan(0);
    const saved = (await savedEvents(page)).at(-1)!;
    expect(saved.location).toContain(`/webex/j/${meeting.meetingNumber}`);
    expect(saved.description.startsWith('Agenda below.')).toBe(true);
    expect(saved.description).toContain('Join the Webex meeting: Partner onboarding');
    await screenshot(page, 'webex-attached-google');
    await page.close();
  });
});
