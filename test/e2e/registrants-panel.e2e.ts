import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { addButton, attachedMeetingId, GOOGLE, hash, zoomButton } from './calendar-kit';
import { type ExtensionBrowser, launchExtension, screenshot, serveFixtureAt } from './harness';
import { connectThroughOptions, connectWebex, pointAtSandbox, startTestSandbox } from './sandbox-connection';

// The registrants panel in the Google Calendar replica: an extension page in an iframe inside a
// closed shadow root, opened from an attached event whose meeting takes registrations; for a Zoom
// meeting and, the same way, for a Webex one.

describe('the registrants panel in the calendar (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
    const options = await connectThroughOptions(browser);
    // New meetings take registrations: the options page's "Meeting defaults", saved as it saves them.
    const saved = await options.evaluate(() =>
      chrome.runtime.sendMessage({
        type: 'settings.saveMeetingDefaults',
        payload: {
          passcode: 'auto',
          fixedPasscode: '',
          waitingRoom: true,
          joinBeforeHost: false,
          muteUponEntry: false,
          autoRecording: 'none',
          alternativeHosts: [],
          registration: 'automatic',
        },
      }),
    );
    expect(saved).toMatchObject({ ok: true });
    await options.close();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('lists the guests with their status and registers the unregistered in one click', async () => {
    const guests = [
      { email: 'ada@example.com', name: 'Ada Lovelace' },
      { email: 'grace@example.com', name: 'Grace Hopper' },
    ];
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Customer training',
        start: '2027-03-10T10:00',
        end: '2027-03-10T11:00',
        timeZone: 'Europe/Paris',
        guests,
      })}`,
    );
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    await zoomButton(page, 'Registrants').click();

    // The page cannot reach the frame through the DOM: the host's shadow root is closed.
    await expect
      .poll(() => page.evaluate(() => document.getElementById('zoom-registrants-panel')?.shadowRoot ?? null))
      .toBeNull();
    await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html'))).toBe(true);
    const panel = page.frames().find((f) => f.url().includes('/panel.html'))!;
    await panel.getByRole('button', { name: 'Register the 2 unregistered guests' }).click();
    await expect.poll(() => panel.locator('tr[data-status="approved"]').count(), { timeout: 20_000 }).toBe(2);
    await screenshot(page, 'registrants-panel-google');
    const session = sandbox.state.meetings.find((m) => String(m.id) === id)!;
    expect(session.registrants.map((r) => r.email).sort()).toEqual(['ada@example.com', 'grace@example.com']);
  });

  it('does the same for a Webex meeting: the panel registers the guests through bulkInsert', async () => {
    await connectWebex(browser, sandbox);
    const guests = [
      { email: 'linus@example.com', name: 'Linus Torvalds' },
      { email: 'margaret@example.com', name: 'Margaret Hamilton' },
    ];
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Webex customer training',
        start: '2027-03-11T10:00',
        end: '2027-03-11T11:00',
        timeZone: 'Europe/Paris',
        guests,
      })}`,
    );
    await zoomButton(page, 'Add Webex meeting').click();
    const id = await attachedMeetingId(page, 'Webex');
    const meeting = sandbox.webex.state.meetings.find((m) => m.meetingNumber === id || m.id === id)!;
    expect(meeting.registration).toMatchObject({ autoAcceptRequest: true });
    await zoomButton(page, 'Registrants').click();
    await expect.poll(() => page.frames().some((f) => f.url().includes('/panel.html'))).toBe(true);
    const panel = page.frames().find((f) => f.url().includes('/panel.html'))!;
    // The meeting comes from the ticket, never from the address.
    expect(new URL(panel.url()).hash).toBe('');
    await panel.getByRole('button', { name: 'Register the 2 unregistered guests' }).click();
    await expect.poll(() => panel.locator('tr[data-status="approved"]').count(), { timeout: 20_000 }).toBe(2);
    await screenshot(page, 'registrants-panel-google-webex');
    expect(meeting.registrants.map((r) => r.email).sort()).toEqual([
      'linus@example.com',
      'margaret@example.com',
    ]);
    expect(
      sandbox.requests().filter((r) => r.path.endsWith(`/meetings/${meeting.id}/registrants/bulkInsert`)),
    ).toHaveLength(1);
  });
});
