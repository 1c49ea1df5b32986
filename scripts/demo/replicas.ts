import type { Page } from 'playwright-core';

// Opening an event in the calendar replicas the way the e2e tests do (test/e2e/calendar-kit.ts):
// Google's full editor takes the event in the address's hash; Outlook's "New event" dialog opens
// through the replica's `window.__fixture`. Each replica then gets its look (colours, fonts, the
// editor's header) from a stylesheet beside the fixture, so the screenshots resemble the real sites.

export const GOOGLE = 'https://calendar.google.com';
export const OUTLOOK = 'https://outlook.office.com';

export interface DemoEvent {
  title: string;
  start: string;
  end: string;
  timeZone?: string;
  description?: string;
  guests?: { email: string; name?: string }[];
}
type FixtureWindow = {
  __fixture: {
    model(): { location: string; description: string };
    openDialog(event: DemoEvent): void;
  };
};

const hash = (event: DemoEvent) => `#event=${encodeURIComponent(JSON.stringify(event))}`;
// Tall enough that the editor and the dialog show whole, invitation included.
const VIEWPORT = { width: 1280, height: 900 };

/** Google Calendar's full editor with the event in it, styled like the real page. */
export async function openGoogleEditor(page: Page, event: DemoEvent): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${GOOGLE}/calendar/r/eventedit${hash(event)}`);
  await page.waitForFunction(() => document.body.dataset.viewfamily === 'EVENT_EDIT');
}

/** Outlook's week with the "New event" dialog open on the event, styled like the real page. */
export async function openOutlookDialog(page: Page, event: DemoEvent): Promise<void> {
  await page.setViewportSize(VIEWPORT);
  await page.goto(`${OUTLOOK}/calendar/view/week`);
  await page.evaluate((e) => (window as unknown as FixtureWindow).__fixture.openDialog(e), event);
}

/** Waits until the page's own model (what it would save) holds the meeting: its link and its invitation. */
export async function waitForMeetingInEvent(page: Page, meetingId: string): Promise<void> {
  await page
    .waitForFunction(
      (id) => {
        const { location, description } = (window as unknown as FixtureWindow).__fixture.model();
        // The invitation writes the id in groups ("825 8577 0302").
        return location.includes(id) && description.replace(/\s+/g, '').includes(id);
      },
      meetingId,
      { timeout: 20_000 },
    )
    .catch(async (error: Error) => {
      const model = await page.evaluate(() => (window as unknown as FixtureWindow).__fixture.model());
      throw new Error(`${error.message}: the page's event has ${JSON.stringify(model)}`);
    });
}
