import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { addButton, attachedMeetingId, GOOGLE, hash, savedEvents } from './calendar-kit';
import { type ExtensionBrowser, screenshot } from './harness';
import { closeAll, signedInWithCalendars } from './sandbox-connection';

// Deleting a linked Google event from the grid's event popover (docs/CALENDAR-DOM.md, "Event
// details popover") offers deleting its meeting too. The full editor's address carries the eid as
// base64url, the popover's data-eventid as padded base64: both decode to "<eventId> <calendarId>",
// so the meeting attached in the editor is found from the popover (lib/calendar/sites/google/event-id.ts).

/** base64url of "7kq1m2abc ada@example.com" and of "3pq8x7zz ada@example.com". */
const ACCEPTED = 'N2txMW0yYWJjIGFkYUBleGFtcGxlLmNvbQ';
const DISMISSED = 'M3BxOHg3enogYWRhQGV4YW1wbGUuY29t';

describe("the grid popover's Delete (Google, sandbox)", () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    ({ sandbox, browser } = await signedInWithCalendars({ [GOOGLE]: 'google-calendar.html' }));
  });
  afterAll(() => closeAll(browser, sandbox));

  const meeting = (id: string) => sandbox.state.meetings.find((m) => String(m.id) === id);
  const deletes = (id: string) =>
    sandbox.requests().filter((r) => r.method === 'DELETE' && r.path.includes(`/meetings/${id}`));

  /** A meeting attached in the full editor, the event saved; the page is back on the grid. */
  async function linkedEventOnGrid(eid: string, title: string): Promise<{ page: Page; id: string }> {
    const page = await browser.context.newPage();
    await page.goto(
      `${GOOGLE}/calendar/r/eventedit/${eid}${hash({ id: eid, title, start: '2026-05-12T10:00', end: '2026-05-12T11:00' })}`,
    );
    await addButton(page).click();
    const id = await attachedMeetingId(page);
    await page.locator('#xSaveBu').click();
    await page.waitForURL(/\/calendar\/r$/);
    await page.evaluate(
      (e) => (window as unknown as { __fixture: { openDetails(id: string): void } }).__fixture.openDetails(e),
      eid,
    );
    return { page, id };
  }

  const pressDelete = (page: Page) => page.click('#xDetDlg button[jsname=VkLyEc]');

  it('accepted: the event is deleted and so is its meeting', async () => {
    const { page, id } = await linkedEventOnGrid(ACCEPTED, 'Quarterly numbers');
    expect(meeting(id)).toBeDefined();
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.accept();
      }),
    );
    await pressDelete(page);
    const question = await asked;
    expect(question).toContain('Quarterly numbers');
    expect(question).toContain(id);
    await expect.poll(() => meeting(id), { timeout: 20_000 }).toBeUndefined();
    expect(deletes(id)).toHaveLength(1);
    expect((await savedEvents(page)).some((e) => e.id === ACCEPTED)).toBe(false);
    await screenshot(page, 'popover-delete-accepted');
    await page.close();
  });

  it('dismissed: the event is deleted, its meeting stays', async () => {
    const { page, id } = await linkedEventOnGrid(DISMISSED, 'Kept meeting');
    const asked = new Promise<string>((resolve) =>
      page.once('dialog', (dialog) => {
        resolve(dialog.message());
        void dialog.dismiss();
      }),
    );
    await pressDelete(page);
    expect(await asked).toContain('Kept meeting');
    expect((await savedEvents(page)).some((e) => e.id === DISMISSED)).toBe(false);
    // Nothing follows a "no": give a wrongly sent remove the time it would take to arrive.
    await page.waitForTimeout(500);
    expect(meeting(id)).toBeDefined();
    expect(deletes(id)).toEqual([]);
    await page.close();
  });
});
