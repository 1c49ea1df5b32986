import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import {
  addButton,
  attachedMeetingId,
  attachedTimeZone,
  buttonText,
  confirmField,
  GOOGLE,
  hash,
  zoomButton,
} from './calendar-kit';
import { type ExtensionBrowser, extensionUrl } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// Never a dead end: when the page's times cannot be read, the button asks the person to confirm
// them in place and makes the meeting from what they confirm. And "Check a calendar page" on the
// options page finds the open calendar tab's editor, with structure only, never the event's text.

const SECRET_TITLE = 'Acquisition talks (confidential)';

/** Takes the editor's start and end time pickers off the page: no hook can read the times. */
const dropTimes = (page: Page) =>
  page.evaluate(() => {
    for (const el of document.querySelectorAll('#xStTiIn, #xEnTiIn, [jsname="B4GDSd"], [jsname="XCHdmd"]'))
      el.remove();
  });

describe('confirm the meeting; check a calendar page (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({ [GOOGLE]: 'google-calendar.html' }));
  });
  afterAll(() => closeAll(browser, sandbox));

  it('times the page does not show: the form asks, and the meeting follows what was confirmed', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: 'Roadmap',
        start: '2027-03-16T10:00',
        end: '2027-03-16T11:00',
        timeZone: 'America/New_York',
      })}`,
    );
    await addButton(page).waitFor();
    await dropTimes(page);
    const before = sandbox.state.meetings.length;
    await addButton(page).click();
    await zoomButton(page, 'Cancel').waitFor();
    expect(await buttonText(page)).toMatch(/^Confirm the meeting/);
    expect(sandbox.state.meetings.length).toBe(before);

    await confirmField(page, 'Title', 'Roadmap');
    await confirmField(page, 'Date', '2027-03-16');
    await confirmField(page, 'Starts', '10:00');
    await confirmField(page, 'Ends', '11:30');
    await confirmField(page, 'Time zone', 'America/New_York');
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    expect(await attachedTimeZone(page)).toBe('America/New_York');
    expect(sandbox.state.meetings.find((m) => String(m.id) === id)).toMatchObject({
      topic: 'Roadmap',
      // 10:00 in New York on 16 March 2027 (daylight time, UTC-4), for the 90 minutes confirmed.
      start_time: '2027-03-16T14:00:00Z',
      timezone: 'America/New_York',
      duration: 90,
    });
    await page.close();
  });

  it('the options page lists the open calendar tab’s editor, and nothing of the event itself', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit${hash({
        title: SECRET_TITLE,
        start: '2027-03-17T10:00',
        end: '2027-03-17T11:00',
        description: 'Numbers inside',
      })}`,
    );
    await addButton(page).waitFor();
    const options = await browser.context.newPage();
    await options.goto(extensionUrl(browser, 'options.html'));
    await options.getByRole('button', { name: 'Check open calendar pages' }).click();
    const table = options.getByRole('table', { name: 'Google Calendar, full editor' }).first();
    await table.waitFor();
    // Each field the adapter probes is a row: found by a hook, or missing with the hooks tried.
    for (const row of await table.locator('tbody tr').all())
      expect(await row.locator('td').textContent()).toMatch(/^(found by \S|missing \(tried )/);
    await options.getByRole('button', { name: 'Copy for a bug report' }).waitFor();
    const shown = await options.locator('main').textContent();
    expect(shown).not.toContain(SECRET_TITLE);
    expect(shown).not.toContain('Numbers inside');

    // With no editor open, it says so.
    await page.goto(`${GOOGLE}/calendar/r`);
    await expect.poll(() => addButton(page).count()).toBe(0);
    await options.getByRole('button', { name: 'Check open calendar pages' }).click();
    await options
      .getByRole('status')
      .filter({ hasText: 'No calendar page with an open event editor' })
      .waitFor();
    await options.close();
    await page.close();
  });
});
