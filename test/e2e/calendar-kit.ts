import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './harness';

// Helpers for driving the calendar replicas with the built extension: the meeting button lives in an
// open shadow root, which Playwright's role locators pierce, so tests find it as a person would.

export const GOOGLE = 'https://calendar.google.com';
export const OUTLOOK = 'https://outlook.office.com';

export interface FixtureEvent {
  id?: string;
  title?: string;
  start?: string;
  end?: string;
  timeZone?: string;
  allDay?: boolean;
  recurrence?: string;
  guests?: { email: string; name?: string }[];
  description?: string;
  location?: string;
}
type SavedEvent = Required<FixtureEvent>;
type FixtureWindow = {
  __fixture: {
    savedEvents: SavedEvent[];
    model(): SavedEvent;
    pick(field: string, value: unknown): void;
    open(event: FixtureEvent): void;
    openQuickAdd(event?: FixtureEvent): void;
    openDialog(event?: FixtureEvent): void;
  };
};

export const hash = (event: FixtureEvent) => `#event=${encodeURIComponent(JSON.stringify(event))}`;

export const zoomButton = (page: Page, name: string | RegExp) => page.getByRole('button', { name });
export const addButton = (page: Page) => zoomButton(page, 'Add Zoom meeting');

/** The meeting id the button shows once attached ("Zoom meeting 8…", "Webex meeting 5b1e…"), waiting for it. */
export async function attachedMeetingId(page: Page, provider: 'Zoom' | 'Webex' = 'Zoom'): Promise<string> {
  const status = page.getByRole('status').filter({ hasText: new RegExp(`^${provider} meeting \\w+$`) });
  await status.waitFor({ timeout: 20_000 });
  return (await status.textContent())!.replace(`${provider} meeting `, '');
}

/** What the page would save right now (its own model, fed only by input events). */
export const pageModel = (page: Page) =>
  page.evaluate(() => (window as unknown as FixtureWindow).__fixture.model());

export const savedEvents = (page: Page) =>
  page.evaluate(() => (window as unknown as FixtureWindow).__fixture.savedEvents);

/** A picker choice in the page (date, time, zone): the page updates its model and fields together. */
export const pick = (page: Page, field: string, value: unknown) =>
  page.evaluate(
    ([f, v]) => (window as unknown as FixtureWindow).__fixture.pick(f as string, v),
    [field, value],
  );

export const openQuickAdd = (page: Page, event: FixtureEvent) =>
  page.evaluate((e) => (window as unknown as FixtureWindow).__fixture.openQuickAdd(e), event);

export const openDialog = (page: Page, event: FixtureEvent) =>
  page.evaluate((e) => (window as unknown as FixtureWindow).__fixture.openDialog(e), event);

/**
 * Records every message the service worker receives, so a test can see what a content script sent.
 * The extra listener returns nothing, so the real router still answers.
 */
export async function recordMessages(
  browser: ExtensionBrowser,
): Promise<() => Promise<{ type: string; payload: unknown }[]>> {
  await browser.worker.evaluate(() => {
    const g = globalThis as unknown as { __seen?: unknown[] };
    if (g.__seen) return;
    const seen: unknown[] = (g.__seen = []);
    chrome.runtime.onMessage.addListener((message) => {
      seen.push(message);
    });
  });
  return () =>
    browser.worker.evaluate(
      () => (globalThis as unknown as { __seen: { type: string; payload: unknown }[] }).__seen,
    );
}
