import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { removeInvitationBlock } from '../../lib/calendar/dom/invitation-block';
import { utcDateTime, zonedTimeToEpoch } from '../../lib/meetings/zoned-time';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  buttonAlert,
  GOOGLE,
  hash,
  openDialog,
  openQuickAdd,
  OUTLOOK,
  pageModel,
  savedEvents,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser, launchExtension, screenshot, serveFixtureAt } from './harness';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

// Creating meetings from both calendar replicas, signed in to the sandbox: what Zoom receives
// (exact start and zone, duration across a daylight-saving change, weekly recurrence) and what the
// page saves (the join link as location, the invitation block after the person's text, byte for byte).

/** Spaces doubled and trailing, blank lines, non-ASCII: what a careless write would damage. */
/** The browser's zone, as the page sees it: an Outlook event's zone (the page shows none). */
const browserZone = (page: Page) => page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);

const ORIGINAL = 'Agenda:\n\n  1. numbers  \n2. the rest — ünïcode ✓\n\nBring slides.';

describe('attaching a Zoom meeting from the calendar (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    // The calendar's zone for events that name none (the quick-add dialog) is the browser's.
    browser = await launchExtension({ timezoneId: 'America/New_York' });
    await pointAtSandbox(browser, sandbox);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
    await serveFixtureAt(browser.context, OUTLOOK, 'outlook.html');
    await (await connectThroughOptions(browser)).close();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  const meeting = (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id);
  const open = async (url: string) => {
    const page = await browser.context.newPage();
    await page.goto(url);
    return page;
  };
  /** The page saved the join link and the invitation after the person's text, which is intact. */
  async function expectSavedWithMeeting(page: Page, id: string, original: string) {
    const saved = (await savedEvents(page)).at(-1)!;
    expect(saved.location).toMatch(new RegExp(`/j/${id}`));
    expect(saved.description).toContain('[zoom-invitation]');
    expect(saved.description).toContain(`Meeting ID: ${id.slice(0, 3)} ${id.slice(3, 7)} ${id.slice(7)}`);
    expect(saved.description.startsWith(original)).toBe(true);
    expect(removeInvitationBlock(saved.description)).toBe(original);
    return saved;
  }

  it("Google quick-add: a meeting at the event's exact time in New York, saved into the event", async () => {
    const page = await open(`${GOOGLE}/calendar/r`);
    await openQuickAdd(page, {
      title: 'Quarterly review',
      start: '2026-03-10T09:30',
      end: '2026-03-10T10:15',
      description: ORIGINAL,
    });
    await screenshot(page, 'attach-google-quick-add-idle');
    // Zoom answering slowly keeps "adding" on screen long enough to be seen (and photographed).
    sandbox.setLatency(800);
    await addButton(page).click();
    await zoomButton(page, 'Adding Zoom meeting…').waitFor();
    await screenshot(page, 'attach-google-quick-add-adding');
    const id = await attachedMeetingId(page);
    sandbox.setLatency(0);
    await screenshot(page, 'attach-google-quick-add-attached');
    expect(meeting(id)).toMatchObject({
      topic: 'Quarterly review',
      type: 2,
      // 09:30 in New York after the 8 March change to daylight time (UTC-4).
      start_time: '2026-03-10T13:30:00Z',
      timezone: 'America/New_York',
      duration: 45,
    });
    await page.locator('[role="dialog"] [data-action="save"]').click();
    await expectSavedWithMeeting(page, id, ORIGINAL);
    await page.close();
  });

  it('Google full editor: across the daylight-saving change the duration is real minutes', async () => {
    // 01:00 to 04:00 on 8 March 2026 in New York: the clocks skip 02:00-03:00, so two hours.
    const page = await open(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Night shift handover',
        start: '2026-03-08T01:00',
        end: '2026-03-08T04:00',
        timeZone: 'America/New_York',
        description: ORIGINAL,
      })}`,
    );
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({
      start_time: '2026-03-08T06:00:00Z',
      timezone: 'America/New_York',
      duration: 120,
    });
    await screenshot(page, 'attach-google-full-editor-attached');
    await page.locator('#xSaveBu').click();
    await expectSavedWithMeeting(page, id, ORIGINAL);
    await page.close();
  });

  it("Outlook dialog: Outlook shows no zone for the event, so the meeting is in the browser's", async () => {
    const page = await open(`${OUTLOOK}/calendar/view/week`);
    const zone = await browserZone(page);
    await openDialog(page, {
      title: 'Team sync',
      start: '2026-03-24T14:00',
      end: '2026-03-24T14:30',
      description: ORIGINAL,
    });
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({
      type: 2,
      start_time: utcDateTime(zonedTimeToEpoch('2026-03-24T14:00:00', zone)),
      timezone: zone,
      duration: 30,
    });
    await screenshot(page, 'attach-outlook-dialog-attached');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expectSavedWithMeeting(page, id, ORIGINAL);
    await page.close();
  });

  it('Outlook full page in Japanese: the localized page works the same', async () => {
    const page = await open(
      `${OUTLOOK}/calendar/deeplink/compose?lang=ja${hash({
        title: '定例',
        start: '2026-03-24T14:00',
        end: '2026-03-24T15:00',
        description: ORIGINAL,
      })}`,
    );
    const zone = await browserZone(page);
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({
      topic: '定例',
      start_time: utcDateTime(zonedTimeToEpoch('2026-03-24T14:00:00', zone)),
      timezone: zone,
      duration: 60,
    });
    await screenshot(page, 'attach-outlook-ja-attached');
    await page.getByRole('button', { name: '保存' }).click();
    await expectSavedWithMeeting(page, id, ORIGINAL);
    await page.close();
  });

  it('Google in German: quick-add attaches with the page in another language', async () => {
    const page = await open(`${GOOGLE}/calendar/r?hl=de`);
    await openQuickAdd(page, { title: 'Besprechung', description: ORIGINAL });
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({ topic: 'Besprechung', timezone: 'America/New_York' });
    await screenshot(page, 'attach-google-de-attached');
    await page.getByRole('button', { name: 'Speichern' }).click();
    await expectSavedWithMeeting(page, id, ORIGINAL);
    await page.close();
  });

  it("refusals are shown in place and leave the event untouched: an all-day event, Zoom's daily limit", async () => {
    const before = sandbox.state.meetings.length;
    const page = await open(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Offsite',
        start: '2026-03-12T00:00',
        end: '2026-03-13T00:00',
        allDay: true,
        description: ORIGINAL,
        location: 'Lisbon',
      })}`,
    );
    const untouched = await pageModel(page);
    await addButton(page).click();
    await buttonAlert(page, /all-day/i);
    await screenshot(page, 'attach-error-all-day');
    expect(await pageModel(page)).toEqual(untouched);

    const limits = sandbox.rateLimits() as { meetingCreatesPerDay: number | null };
    sandbox.configureRateLimits({ meetingCreatesPerDay: 0 });
    try {
      await page.goto(
        `${OUTLOOK}/calendar/deeplink/compose${hash({ title: 'Limited', description: ORIGINAL })}`,
      );
      const outlookBefore = await pageModel(page);
      await addButton(page).click();
      await buttonAlert(page, /daily limit/i);
      await screenshot(page, 'attach-error-daily-limit');
      expect(await pageModel(page)).toEqual(outlookBefore);
    } finally {
      sandbox.configureRateLimits({ meetingCreatesPerDay: limits.meetingCreatesPerDay });
    }
    expect(sandbox.state.meetings.length).toBe(before);
    await page.close();
  });
});
