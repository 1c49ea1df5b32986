import type { Page } from 'playwright-core';
import { zonedTimeToEpoch } from '../../lib/meetings/zoned-time';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import {
  attachedMeetingId,
  GOOGLE,
  OUTLOOK,
  hash,
  openDialog,
  openQuickAdd,
  pageModel,
  savedEvents,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot, serveFixtureAt } from './harness';
import {
  connectThroughOptions,
  pointAtSandbox,
  pointWebexAtSandbox,
  startTestSandbox,
} from './sandbox-connection';

// Webex beside Zoom: sign in to the sandbox's Webex from the options page, make Webex the default
// provider, and attach a Webex meeting from the Google Calendar replica; then, with both accounts
// connected and Zoom the default, the button offers both and the Webex one makes a Webex meeting.

const addWith = (page: Page, provider: 'Zoom' | 'Webex') => zoomButton(page, `Add ${provider} meeting`);

describe('Webex (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    // The settings' Zoom part is required; the Webex part is added beside it.
    await pointAtSandbox(browser, sandbox);
    await pointWebexAtSandbox(browser, sandbox);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
    await serveFixtureAt(browser.context, OUTLOOK, 'outlook.html');
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });
  const webexCreates = () =>
    sandbox.requests().filter((r) => r.method === 'POST' && /\/webex\/v1\/meetings$/.test(r.path));

  it('connects from the options page, shows the user, and makes Webex the default', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    await expect
      .poll(() => options.getByTestId('webex-connection-status').textContent())
      .toBe('Not connected to Webex');
    const consent = browser.context.waitForEvent('page', (page) =>
      page.url().includes('/webex/v1/authorize'),
    );
    await options.getByRole('button', { name: 'Sign in with Webex' }).click();
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
    // Webex is the default and Zoom is not connected: the button offers Webex alone.
    await addWith(page, 'Webex').waitFor();
    expect(await addWith(page, 'Zoom').count()).toBe(0);
    await addWith(page, 'Webex').click();
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
    expect(saved.description).toContain('is inviting you to a Webex meeting.\n\nPartner onboarding');
    await screenshot(page, 'webex-attached-google');
    await page.close();
  });
  it('with both connected and Zoom the default, offers both; the Webex one makes a Webex meeting', async () => {
    // Zoom connected beside Webex, and chosen as the default again on the options page.
    const options = await connectThroughOptions(browser);
    await options.getByRole('radio', { name: 'Zoom', exact: true }).check();
    await options.getByText('Saved.', { exact: true }).waitFor();
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get('settings'));
    expect(stored.settings).toMatchObject({ defaultProvider: 'zoom' });
    await options.close();

    const event = {
      id: 'evtWebex1',
      title: 'Vendor sync',
      start: '2027-04-06T15:00',
      end: '2027-04-06T15:45',
      timeZone: 'Europe/Berlin',
      description: 'Notes first.',
    };
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r/eventedit/${event.id}${hash(event)}`);
    await addWith(page, 'Webex').waitFor();
    await addWith(page, 'Zoom').waitFor();
    await screenshot(page, 'webex-both-providers-offered');
    const zoomMeetingsBefore = sandbox.state.meetings.length;
    const webexCreatesBefore = webexCreates().length;

    await addWith(page, 'Webex').click();
    const id = await attachedMeetingId(page, 'Webex');
    const meeting = sandbox.webex.state.meetings.find((m) => m.id === id)!;
    expect(meeting).toMatchObject({ title: 'Vendor sync', timezone: 'Europe/Berlin' });
    // One Webex create went out, and nothing at Zoom.
    expect(webexCreates().length).toBe(webexCreatesBefore + 1);
    expect(sandbox.state.meetings.length).toBe(zoomMeetingsBefore);
    expect((await pageModel(page)).location).toContain(`/webex/j/${meeting.meetingNumber}`);
    expect(await zoomButton(page, 'Remove Webex meeting').count()).toBe(1);
    await page.locator('#xSaveBu').click();
    await expect
      .poll(async () => (await savedEvents(page)).find((e) => e.id === event.id)?.location ?? '')
      .toContain(`/webex/j/${meeting.meetingNumber}`);

    // Reopened from the grid: the button finds the Webex meeting and says so.
    await page.locator(`[data-eventid="${event.id}"]`).click();
    expect(await attachedMeetingId(page, 'Webex')).toBe(id);
    await zoomButton(page, 'Remove Webex meeting').waitFor();
    await screenshot(page, 'webex-reopened-attached');
    await page.close();
  });

  it("Outlook dialog: a Webex meeting at the event's time, in the browser's zone (Outlook shows none)", async () => {
    const page = await browser.context.newPage();
    await page.goto(`${OUTLOOK}/calendar/view/week`);
    const zone = await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    await openDialog(page, {
      title: 'Webex team sync',
      start: '2027-03-23T14:00',
      end: '2027-03-23T14:30',
      description: 'Standing agenda.',
    });
    await addWith(page, 'Webex').click();
    const id = await attachedMeetingId(page, 'Webex');
    const meeting = sandbox.webex.state.meetings.find((m) => m.id === id)!;
    expect(meeting).toMatchObject({ title: 'Webex team sync', timezone: zone });
    expect(meeting.start).toBe(zonedTimeToEpoch('2027-03-23T14:00:00', zone));
    expect(meeting.end - meeting.start).toBe(30 * 60_000);
    expect((await pageModel(page)).location).toContain(`/webex/j/${meeting.meetingNumber}`);
    await screenshot(page, 'webex-outlook-attached');
    await page.close();
  });
});
