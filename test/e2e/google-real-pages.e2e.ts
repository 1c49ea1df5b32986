import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { utcDateTime, zonedTimeToEpoch } from '../../lib/meetings/zoned-time';
import type { Sandbox } from '../sandbox/server';
import { addButton, attachedMeetingId, buttonAlert, GOOGLE, hash, pageModel } from './calendar-kit';
import { type ExtensionBrowser, screenshot } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// The Google replica built on captured markup (the real "Event details" panel) with the header
// composed from docs/CALENDAR-DOM.md, in Chromium whose zone is New York: events that name no zone
// of their own are in the calendar's zone, the browser's. Meetings are made at the sandbox.

const ZONE = 'America/New_York';
const ORIGINAL = 'Agenda:\n\n1. numbers\n2. the rest';

/** The local date `days` from today in New York, "YYYY-MM-DD". */
function dateFromToday(days: number): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date());
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

describe('Google Calendar on real panel markup (sandbox, browser in New York)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars(
      { [GOOGLE]: 'google-calendar.html' },
      { timezoneId: ZONE },
    ));
  });
  afterAll(() => closeAll(browser, sandbox));

  const meeting = (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id);
  const creates = () => sandbox.requests().filter((r) => r.method === 'POST' && /\/meetings$/.test(r.path));

  /** A new event two weeks out, 10:00-11:00, opened in the full editor; the title is typed. */
  async function newEventTwoWeeksOut(query: string, title: string): Promise<{ page: Page; day: string }> {
    const day = dateFromToday(14);
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${query}${hash({ start: `${day}T10:00`, end: `${day}T11:00`, description: ORIGINAL })}`,
    );
    await addButton(page).waitFor();
    await page.getByRole('textbox', { name: 'Title', exact: true }).pressSequentially(title);
    return { page, day };
  }

  async function expectMeetingAtTenForAnHour(page: Page, day: string, title: string) {
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(meeting(id)).toMatchObject({
      topic: title,
      start_time: utcDateTime(zonedTimeToEpoch(`${day}T10:00:00`, ZONE)),
      timezone: ZONE,
      duration: 60,
    });
    const model = await pageModel(page);
    expect(model.title).toBe(title);
    expect(model.location).toMatch(new RegExp(`/j/${id}`));
    return id;
  }

  it('the full editor: title and times above the captured tab panel; one meeting at that instant, 60 minutes', async () => {
    const before = creates().length;
    const { page, day } = await newEventTwoWeeksOut('', 'Budget review');
    // The captured panel is the real one; the title and the date/time row sit outside it.
    expect(await page.locator('#tabEventDetails #xLocIn').count()).toBe(1);
    expect(await page.locator('#tabEventDetails #xTiIn, #tabEventDetails #xDaRaSel').count()).toBe(0);
    // In the calendar's (the browser's) zone, the event names no zone of its own.
    expect(await page.locator('[jsname=PH80Af]').textContent()).toBe('');
    await expectMeetingAtTenForAnHour(page, day, 'Budget review');
    expect(creates().length).toBe(before + 1);
    await screenshot(page, 'google-real-full-editor-attached');
    await page.close();
  });

  it.each(['id', 'jsname'])('the header with only its %s hooks: the same meeting', async (hooks) => {
    const { page, day } = await newEventTwoWeeksOut(`?hooks=${hooks}`, `Review (${hooks})`);
    await expectMeetingAtTenForAnHour(page, day, `Review (${hooks})`);
    await page.close();
  });

  it('an all-day event: a refusal that names all-day events, and no meeting is created', async () => {
    const day = dateFromToday(14);
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({ title: 'Offsite', start: `${day}T00:00`, end: `${dateFromToday(15)}T00:00`, allDay: true })}`,
    );
    sandbox.clearRequests();
    await addButton(page).click();
    await buttonAlert(page, /all-day event/i);
    await screenshot(page, 'google-real-all-day-refused');
    expect(creates()).toEqual([]);
    expect((await pageModel(page)).location).toBe('');
    await page.close();
  });
});
