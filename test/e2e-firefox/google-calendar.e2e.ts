import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeInvitationBlock } from '../../lib/calendar/dom/invitation-block';
import type { Sandbox } from '../sandbox/server';
import { pressMeetingButton } from './calendar-button';
import { type CorsFreeGate, startCorsFreeGate } from './cors-free-gate';
import { serveFixtureAt } from './fixture-route';
import { type FirefoxExtension, launchFirefox } from './harness';
import { screenshot } from './page-actions';
import { signIn, startFirefoxSandbox } from './zoom-sign-in';

const GOOGLE = 'https://calendar.google.com';
const DESCRIPTION = 'Agenda:\n\n  1. numbers  \n2. the rest — ünïcode ✓';

type FixtureWindow = { __fixture: { model(): { location: string; description: string } } };

describe('Google Calendar in Firefox (sandbox)', () => {
  let sandbox: Sandbox;
  let gate: CorsFreeGate;
  let extension: FirefoxExtension;

  beforeAll(async () => {
    sandbox = await startFirefoxSandbox();
    gate = await startCorsFreeGate(sandbox.url);
    extension = await launchFirefox();
    await (await signIn(extension, gate.url)).close();
  });
  afterAll(async () => {
    await extension?.close();
    await gate?.close();
    await sandbox?.close();
  });

  it('the editor at its real address gets the button; a click attaches a meeting to the event', async () => {
    const page = await extension.browser.newPage();
    await serveFixtureAt(page, GOOGLE, 'google-calendar.html');
    const event = {
      title: 'Quarterly review',
      start: '2026-03-10T09:30',
      end: '2026-03-10T10:15',
      timeZone: 'America/New_York',
      description: DESCRIPTION,
    };
    await page.goto(`${GOOGLE}/calendar/r/eventedit#event=${encodeURIComponent(JSON.stringify(event))}`);
    expect(page.url().startsWith(`${GOOGLE}/calendar/r/eventedit`)).toBe(true);

    await pressMeetingButton(page);
    const created = () => sandbox.state.meetings.filter((m) => m.topic === 'Quarterly review');
    await expect.poll(() => created().length, { timeout: 20_000 }).toBe(1);
    const meeting = created()[0]!;
    expect(meeting).toMatchObject({
      type: 2,
      // 09:30 in New York after the 8 March change to daylight time (UTC-4).
      start_time: '2026-03-10T13:30:00Z',
      timezone: 'America/New_York',
      duration: 45,
    });

    // The page's own model, fed only by the input events the content script sent: the join link
    // as the location, the invitation after the person's text, which is intact.
    const model = () => page.evaluate(() => (window as unknown as FixtureWindow).__fixture.model());
    await expect.poll(async () => (await model()).location).toMatch(new RegExp(`/j/${meeting.id}`));
    const { description } = await model();
    expect(description).toContain('[zoom-invitation]');
    expect(removeInvitationBlock(description)).toBe(DESCRIPTION);
    await screenshot(page, 'google-calendar-attached');
    await page.close();
  });
});
