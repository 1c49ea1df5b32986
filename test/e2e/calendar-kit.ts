import type { Page } from 'playwright-core';
import { type Control, fillControl, findAll, textOf, waitForText } from './closed-root';
import type { FixtureEvent } from '../support/calendar-pages';
import type { ExtensionBrowser } from './harness';

// Helpers for driving the calendar replicas with the built extension. The meeting button lives in
// a CLOSED shadow root, which neither the page's scripts nor Playwright's locators can reach; tests
// find it as a person would, through the accessibility tree, and press it with real (trusted) mouse
// clicks (closed-root.ts).

export type { Control } from './closed-root';

export const GOOGLE = 'https://calendar.google.com';
export const OUTLOOK = 'https://outlook.office.com';

export type { FixtureEvent };
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

/** A button of the meeting control by its name (as Playwright's: a string matches case-insensitively, in part). */
export const zoomButton = (page: Page, name: string | RegExp): Control => findAll(page, 'button', name);
export const addButton = (page: Page) => zoomButton(page, 'Add Zoom meeting');

/** The attached state's text: "Zoom meeting 8… · America/New_York" (the zone the meeting got). */
const ATTACHED = (provider: string) => new RegExp(`^${provider} meeting (\\w+)(?: · (\\S+))?$`);

/** The meeting id the button shows once attached ("Zoom meeting 8…", "Webex meeting 5b1e…"), waiting for it. */
export async function attachedMeetingId(page: Page, provider: 'Zoom' | 'Webex' = 'Zoom'): Promise<string> {
  return ATTACHED(provider).exec(await waitForText(page, 'status', ATTACHED(provider)))![1]!;
}

/** The zone the attached state names, waiting for it. */
export async function attachedTimeZone(page: Page, provider: 'Zoom' | 'Webex' = 'Zoom'): Promise<string> {
  return ATTACHED(provider).exec(await waitForText(page, 'status', ATTACHED(provider)))![2] ?? '';
}

/** The control's alert (a refusal, a failed remove) matching `text`, waiting for it. */
export const buttonAlert = (page: Page, text: RegExp) => waitForText(page, 'alert', text);

/** A field of the "Confirm the meeting" form, by its label ("Date", "Starts", "Time zone"), set to `value`. */
export const confirmField = (page: Page, label: string, value: string) => fillControl(page, label, value);

/** Everything the control shows, as text (for "nothing changed" checks). */
export async function buttonText(page: Page): Promise<string> {
  const groups = await findAll(page, 'group', 'Online meeting').nodes();
  return (await Promise.all(groups.map((node) => textOf(page, node)))).join('|');
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
