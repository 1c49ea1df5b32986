import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findInvitationBlock, removeInvitationBlock } from '../../lib/calendar/dom/invitation-block';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  GOOGLE,
  hash,
  openQuickAdd,
  OUTLOOK,
  pageModel,
  pick,
  savedEvents,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser, launchExtension, screenshot, serveFixtureAt } from './harness';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

// After the attach: the person moves the event and saves (the meeting follows), reopens it (the
// button says "attached" and the invitation catches up), removes the meeting or deletes the event;
// and a person who is not signed in signs in from the button and carries on.

const ORIGINAL = 'Notes before.\n\n  indented  line';

describe('a linked event over its life (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
    await serveFixtureAt(browser.context, OUTLOOK, 'outlook.html');
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const meeting = (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id);
  /** The first test signs in from the calendar; a test run on its own signs in from the options page. */
  async function ensureSignedIn() {
    const local = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    if (!JSON.stringify(local).includes('refreshToken')) await (await connectThroughOptions(browser)).close();
  }

  it('signed out: the button offers sign-in, then carries on with the add', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r`);
    await openQuickAdd(page, { title: 'Kick-off', description: ORIGINAL });
    await addButton(page).click();
    const signIn = zoomButton(page, 'Sign in to Zoom to add a meeting');
    await signIn.waitFor();
    await screenshot(page, 'lifecycle-signed-out');
    expect(await pageModel(page)).toMatchObject({ location: '', description: ORIGINAL });

    const consent = browser.context.waitForEvent('page', (p) => p.url().includes('/oauth/authorize'));
    await signIn.click();
    await (await consent).getByRole('button', { name: 'Allow' }).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({ topic: 'Kick-off' });
    expect((await pageModel(page)).location).toMatch(new RegExp(`/j/${id}`));
    await page.close();
  });

  it('Google: move and save -> the meeting moves; reopen -> attached with the new invitation; Remove -> gone', async () => {
    await ensureSignedIn();
    const page = await browser.context.newPage();
    const event = {
      id: 'evt21',
      title: 'Design review',
      start: '2026-04-14T10:00',
      end: '2026-04-14T11:00',
      timeZone: 'America/New_York',
      description: ORIGINAL,
    };
    await page.goto(`${GOOGLE}/calendar/r/eventedit/evt21${hash(event)}`);
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    await page.locator('#xSaveBu').click();
    const firstBlock = findInvitationBlock(
      (await savedEvents(page)).find((e) => e.id === 'evt21')!.description,
    )!;

    // Reopen from the grid: the button finds the link by the event.
    await page.locator('[data-eventid="evt21"]').click();
    expect(await attachedMeetingId(page)).toBe(id);
    await screenshot(page, 'lifecycle-google-reopened-attached');

    // An hour later and 30 minutes longer, saved: Zoom follows after the save.
    await pick(page, 'start', '2026-04-14T11:00');
    await pick(page, 'end', '2026-04-14T12:30');
    await page.locator('#xSaveBu').click();
    await expect
      .poll(() => meeting(id) && [meeting(id)!.start_time, meeting(id)!.duration])
      .toEqual(['2026-04-14T15:00:00Z', 90]);

    // Reopen: the invitation in the block now carries the new time; the rest is as it was.
    await page.locator('[data-eventid="evt21"]').click();
    await attachedMeetingId(page);
    await expect
      .poll(async () => findInvitationBlock((await pageModel(page)).description)?.body)
      .not.toBe(firstBlock.body);
    const refreshed = (await pageModel(page)).description;
    expect(findInvitationBlock(refreshed)!.body).toMatch(/11:00/);
    expect(removeInvitationBlock(refreshed)).toBe(ORIGINAL);

    await zoomButton(page, 'Remove Zoom meeting').click();
    await addButton(page).waitFor();
    await expect.poll(() => meeting(id)).toBeUndefined();
    expect(await pageModel(page)).toMatchObject({ location: '', description: ORIGINAL });
    await screenshot(page, 'lifecycle-google-removed');
    await page.locator('#xSaveBu').click();
    expect((await savedEvents(page)).find((e) => e.id === 'evt21')).toMatchObject({
      location: '',
      description: ORIGINAL,
    });
    await page.close();
  });

  it('Outlook: deleting a linked event offers deleting its meeting', async () => {
    await ensureSignedIn();
    const page = await browser.context.newPage();
    const event = {
      id: 'AAMkAD21=',
      title: 'Vendor call',
      start: '2026-04-15T16:00',
      end: '2026-04-15T16:30',
      description: ORIGINAL,
    };
    await page.goto(`${OUTLOOK}/calendar/item/${encodeURIComponent(event.id)}${hash(event)}`);
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await page.locator(`[data-calitemid="${event.id}"]`).click();
    await attachedMeetingId(page);
    const asked = page.waitForEvent('dialog').then(async (dialog) => {
      const text = dialog.message();
      await dialog.accept();
      return text;
    });
    await page.getByRole('button', { name: 'Delete', exact: true }).click();
    expect(await asked).toContain(`Vendor call`);
    await expect.poll(() => meeting(id)).toBeUndefined();
    expect((await savedEvents(page)).some((e) => e.id === event.id)).toBe(false);
    await page.close();
  });
});
