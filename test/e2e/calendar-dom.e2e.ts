import { buildSync } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addButton, recordMessages, zoomButton } from './calendar-kit';
import { type ExtensionBrowser, launchExtension, ROOT, screenshot, serveFixtureAt } from './harness';

// The built extension in real Chromium, on the fixture pages served at the real calendar origins:
// the button follows editors opening (dialog, pushState), closing (hidden, not removed) and works
// on localized pages. The adapters' writes are also run in the page itself, against the page
// model, because only a real browser has execCommand.

const GOOGLE = 'https://calendar.google.com';
const OUTLOOK = 'https://outlook.office.com';
const hash = (event: object) => `#event=${encodeURIComponent(JSON.stringify(event))}`;
const BERLIN_WEEKLY = {
  id: 'evt7',
  title: 'Weekly planning',
  start: '2026-03-24T09:30',
  end: '2026-03-24T10:15',
  timeZone: 'Europe/Berlin',
  recurrence: 'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8',
  guests: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
  description: 'Agenda\n\n- numbers',
  location: 'Room 4',
};
/** Outlook shows no zone and no readable repeat rule for an event: a one-off in the browser's zone. */
const TOKYO = {
  ...BERLIN_WEEKLY,
  id: 'AAMkAD/7=',
  title: '定例',
  timeZone: undefined,
  recurrence: undefined,
  start: '2026-03-24T14:00',
  end: '2026-03-24T15:00',
};

const signInButton = (page: Page) => zoomButton(page, 'Sign in to Zoom to add a meeting');

describe('calendar pages in Chromium with the built extension', () => {
  let browser: ExtensionBrowser;
  let adapters: string;
  let messages: () => Promise<{ type: string; payload: unknown }[]>;
  /** The events the content script read on click: what it sent with 'meeting.attach'. */
  const reads = async () =>
    (await messages())
      .filter((m) => m.type === 'meeting.attach')
      .map((m) => (m.payload as { event: unknown }).event);

  beforeAll(async () => {
    browser = await launchExtension();
    // Not connected to Zoom here: the background answers "signed out", the button offers sign-in.
    messages = await recordMessages(browser);
    await serveFixtureAt(browser.context, GOOGLE, 'google-calendar.html');
    await serveFixtureAt(browser.context, OUTLOOK, 'outlook.html');
    const out = buildSync({
      stdin: {
        contents:
          "export { googleCalendar } from './lib/calendar/sites/google/adapter'; export { outlookWeb } from './lib/calendar/sites/outlook/adapter';",
        resolveDir: ROOT,
        loader: 'ts',
      },
      bundle: true,
      format: 'iife',
      globalName: '__adapters',
      write: false,
    });
    adapters = out.outputFiles[0]!.text;
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('Google: quick-add shows the button, closing hides it, More options reaches the editor by pushState', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r${hash(BERLIN_WEEKLY)}`);
    await expect.poll(() => page.evaluate(() => document.body.dataset.viewfamily)).toBe('EVENT');
    await expect.poll(() => addButton(page).count()).toBe(0);

    await page.getByRole('button', { name: 'Create' }).click();
    await expect.poll(() => addButton(page).count()).toBe(1);
    await screenshot(page, 'calendar-dom-google-quick-add');

    await page.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => addButton(page).count()).toBe(0);
    // Hidden, not removed (the event popover is a dialog of its own).
    expect(await page.locator('[role="dialog"][aria-modal="true"]').count()).toBe(1);

    await page.getByRole('button', { name: 'Create' }).click();
    await page.getByRole('button', { name: 'More options' }).click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/calendar/r/eventedit');
    await expect.poll(() => addButton(page).count()).toBe(1);

    // An existing event: the chip opens /eventedit/<id>; the click reads zone, recurrence, guests.
    await page.goBack();
    await expect.poll(() => addButton(page).count()).toBe(0);
    await page.locator('[data-eventid="evt7"]').click();
    await expect.poll(() => addButton(page).count()).toBe(1);
    await addButton(page).click();
    await expect.poll(async () => (await reads()).length).toBe(1);
    await signInButton(page).waitFor();
    expect((await reads())[0]).toMatchObject({
      id: 'evt7',
      start: '2026-03-24T09:30:00',
      end: '2026-03-24T10:15:00',
      timeZone: 'Europe/Berlin',
      // The page's rule as it holds it; the background reads it (lib/meetings/page-event.ts).
      recurrence: { rule: 'RRULE:FREQ=WEEKLY;BYDAY=TU;COUNT=8' },
      guests: [{ email: 'ada@example.com', name: 'Ada Lovelace' }],
    });
    await screenshot(page, 'calendar-dom-google-full-editor');
    await page.close();
  });

  it('Google in German: the same flow, no translated text matched', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r?hl=de`);
    await page.getByRole('button', { name: 'Erstellen' }).click();
    await expect.poll(() => addButton(page).count()).toBe(1);
    await page.getByRole('button', { name: 'Weitere Optionen' }).click();
    await expect.poll(() => page.evaluate(() => document.body.dataset.viewfamily)).toBe('EVENT_EDIT');
    await expect.poll(() => addButton(page).count()).toBe(1);
    await screenshot(page, 'calendar-dom-google-de');
    await page.close();
  });

  it('Outlook: the dialog shows the button, discard hides it, an item opened by pushState shows it', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${OUTLOOK}/calendar/view/week${hash(TOKYO)}`);
    await page.getByRole('button', { name: 'New event' }).click();
    await expect.poll(() => addButton(page).count()).toBe(1);
    await screenshot(page, 'calendar-dom-outlook-dialog');
    await page.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => addButton(page).count()).toBe(0);

    await page.locator('[data-calitemid]').click();
    await expect.poll(() => page.evaluate(() => location.pathname)).toBe('/calendar/item/AAMkAD%2F7%3D');
    await expect.poll(() => addButton(page).count()).toBe(1);
    await addButton(page).click();
    await expect.poll(async () => (await reads()).length).toBe(2);
    await signInButton(page).waitFor();
    expect((await reads())[1]).toMatchObject({
      id: 'AAMkAD/7=',
      start: '2026-03-24T14:00:00',
      timeZone: await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone),
    });
    await screenshot(page, 'calendar-dom-outlook-item');
    await page.close();
  });

  it('Outlook in Japanese: the compose form reads by the page locale', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${OUTLOOK}/calendar/item/${encodeURIComponent(TOKYO.id)}?lang=ja${hash(TOKYO)}`);
    await expect.poll(() => addButton(page).count()).toBe(1);
    await addButton(page).click();
    await expect.poll(async () => (await reads()).length).toBe(3);
    expect((await reads())[2]).toMatchObject({
      title: '定例',
      start: '2026-03-24T14:00:00',
      end: '2026-03-24T15:00:00',
    });
    await screenshot(page, 'calendar-dom-outlook-ja');
    await page.close();
  });

  it('writes reach the page model through execCommand in a real browser, and the page saves them', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${GOOGLE}/calendar/r/eventedit/evt7${hash(BERLIN_WEEKLY)}`);
    await expect.poll(() => addButton(page).count()).toBe(1);
    await page.addScriptTag({ content: adapters });
    const description = 'Agenda\n\n- numbers\n\n──── Zoom ────\nhttps://zoom.us/j/1\n';
    const saved = await page.evaluate((text) => {
      type Api = {
        findEditors(d: Document): unknown[];
        writeLocation(e: unknown, t: string): void;
        writeDescription(e: unknown, t: string): void;
      };
      const g = (window as unknown as { __adapters: { googleCalendar: Api } }).__adapters.googleCalendar;
      const editor = g.findEditors(document)[0];
      g.writeLocation(editor, 'https://zoom.us/j/1');
      g.writeDescription(editor, text);
      document.querySelector<HTMLButtonElement>('#editor [data-action="save"]')!.click();
      return (
        window as unknown as { __fixture: { savedEvents: { id: string }[] } }
      ).__fixture.savedEvents.find((e) => e.id === 'evt7');
    }, description);
    expect(saved).toMatchObject({
      location: 'https://zoom.us/j/1',
      description,
    });

    await page.goto(`${OUTLOOK}/calendar/deeplink/compose?lang=ja`);
    await expect.poll(() => addButton(page).count()).toBe(1);
    await page.addScriptTag({ content: adapters });
    const model = await page.evaluate(() => {
      type Api = {
        findEditors(d: Document): unknown[];
        writeLocation(e: unknown, t: string): void;
        writeDescription(e: unknown, t: string): void;
      };
      const o = (window as unknown as { __adapters: { outlookWeb: Api } }).__adapters.outlookWeb;
      const editor = o.findEditors(document)[0];
      o.writeLocation(editor, 'https://zoom.us/j/2');
      o.writeDescription(editor, 'line 1\nline 2');
      return (window as unknown as { __fixture: { model(): unknown } }).__fixture.model();
    });
    expect(model).toMatchObject({
      location: 'https://zoom.us/j/2',
      description: 'line 1\nline 2',
    });
    await page.close();
  });
});
