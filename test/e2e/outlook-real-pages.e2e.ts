import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcDateTime, zonedTimeToEpoch } from '../../lib/meetings/zoned-time';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  buttonAlert,
  hash,
  openDialog,
  OUTLOOK,
  pageModel,
  savedEvents,
} from './calendar-kit';
import { type ExtensionBrowser, screenshot } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// Outlook on the web as the public record describes it (test/fixtures/outlook.js, composed from
// docs/CALENDAR-DOM.md's Outlook table): no data-ms-editor on the body, no zone shown for the event,
// pickers named only in English. A person in New York adds a Zoom meeting to a new event.

const ZONE = 'America/New_York';
const DAY_MS = 86_400_000;
/** The day two weeks from now in New York, "YYYY-MM-DD". */
const inTwoWeeks = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: ZONE,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(Date.now() + 14 * DAY_MS);

describe('Outlook compose form from the public record (sandbox, browser in New York)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({ [OUTLOOK]: 'outlook.html' }, { timezoneId: ZONE }));
  });
  afterAll(() => closeAll(browser, sandbox));

  const creates = () =>
    sandbox.requests().filter((r) => r.method === 'POST' && /\/users\/[^/]+\/meetings$/.test(r.path));
  const meeting = (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id);

  it('an event two weeks out, 10:00-11:00: one meeting with the typed title at that instant, 60 minutes', async () => {
    const day = inTwoWeeks();
    const page = await browser.context.newPage();
    await page.goto(`${OUTLOOK}/calendar/view/week`);
    expect(await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(ZONE);
    await openDialog(page, { start: `${day}T10:00`, end: `${day}T11:00`, description: 'Agenda: the plan.' });
    expect(await page.locator('[role="dialog"] [data-ms-editor]').count()).toBe(0);
    // Typed as a person does: the page's own model hears it.
    await page.getByPlaceholder('Add title').fill('Quarterly planning');
    expect((await pageModel(page)).title).toBe('Quarterly planning');

    const before = creates().length;
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(creates().length - before).toBe(1);
    expect(meeting(id)).toMatchObject({
      topic: 'Quarterly planning',
      type: 2,
      start_time: utcDateTime(zonedTimeToEpoch(`${day}T10:00:00`, ZONE)),
      timezone: ZONE,
      duration: 60,
    });
    const joinUrl = (await pageModel(page)).location;
    expect(joinUrl).toMatch(new RegExp(`^https?://[^ ]+/j/${id}\\b`));
    await screenshot(page, 'outlook-real-attached');

    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = (await savedEvents(page)).at(-1)!;
    expect(saved.location).toBe(joinUrl);
    expect(saved.description.startsWith('Agenda: the plan.')).toBe(true);
    expect(saved.description).toContain(`/j/${id}`);
    await page.close();
  });

  it('structure only (no names, no placeholders): the same meeting', async () => {
    const day = inTwoWeeks();
    const page = await browser.context.newPage();
    await page.goto(
      `${OUTLOOK}/calendar/deeplink/compose?variant=structure${hash({ title: 'Structure only', start: `${day}T10:00`, end: `${day}T11:00` })}`,
    );
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({
      topic: 'Structure only',
      start_time: utcDateTime(zonedTimeToEpoch(`${day}T10:00:00`, ZONE)),
      timezone: ZONE,
      duration: 60,
    });
    await page.close();
  });

  it('an all-day event: a refusal naming all-day events, and no call to create a meeting', async () => {
    const day = inTwoWeeks();
    const next = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
    const page = await browser.context.newPage();
    await page.goto(
      `${OUTLOOK}/calendar/deeplink/compose${hash({ title: 'Offsite', start: `${day}T00:00`, end: `${next}T00:00`, allDay: true })}`,
    );
    const untouched = await pageModel(page);
    const before = creates().length;
    await addButton(page).click();
    await buttonAlert(page, /all-day/i);
    await screenshot(page, 'outlook-real-all-day');
    expect(creates().length).toBe(before);
    expect(await pageModel(page)).toEqual(untouched);
    await page.close();
  });
});
