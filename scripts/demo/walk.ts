import type { Page } from 'playwright-core';
import type { Sandbox } from '../../test/sandbox/server';
import { type ExtensionBrowser, extensionUrl, serveFixtureAt } from '../../test/e2e/harness';
import { pressButton, waitForButton, waitForText } from './press';
import { GOOGLE, OUTLOOK, openGoogleEditor, openOutlookDialog, waitForMeetingInEvent } from './replicas';

// The walk through the product, step by step, as a person would do it: sign in, "Add Zoom meeting" in
// Google Calendar and in Outlook, the registrants panel, a 95-person job, the popup. Each step ends
// in `step`, which photographs it (headless) and records its sentence for the story.

/** Records a step: brings its page to the front, photographs it (the whole page unless `fullPage` is false). */
export type StepRecorder = (
  page: Page,
  file: string,
  title: string,
  sentence: string,
  fullPage?: boolean,
) => Promise<void>;

/** The registrants panel's frame, once it has opened. */
async function panelFrame(page: Page) {
  for (let waited = 0; waited < 10_000; waited += 100) {
    const frame = page.frames().find((f) => f.url().includes('/panel.html'));
    if (frame) return frame;
    await page.waitForTimeout(100);
  }
  throw new Error('The registrants panel did not open within 10 s.');
}

/** Walks through the product against the replicas; with `live`, signs in and opens the real sites. */
export async function walk(
  browser: ExtensionBrowser,
  sandbox: Sandbox,
  step: StepRecorder,
  live: boolean,
): Promise<void> {
  const { context } = browser;
  // ---- 1. Sign in the way a person would: the options page's buttons (the sandbox approves at once).
  const options = await context.newPage();
  await options.goto(extensionUrl(browser, 'options.html'));
  await options.getByRole('button', { name: 'Sign in with Zoom' }).click();
  await options.getByTestId('zoom-user').waitFor({ timeout: 15_000 });
  // Both accounts, so the calendar button offers Zoom and Webex and the popup lists both.
  await options.getByRole('button', { name: 'Sign in with Webex' }).click();
  await options.getByTestId('webex-user').waitFor({ timeout: 15_000 });
  // New meetings take registrations, so the registrants panel and page have something to do.
  const automatic = options.getByRole('radio', { name: 'Required, approved automatically' }).first();
  await automatic.check();
  await options
    .locator('form', { has: automatic })
    .getByRole('button', { name: 'Save', exact: true })
    .click();
  await options.getByTestId('defaults-message').first().waitFor();
  await options.evaluate(() => window.scrollTo(0, 0));
  await step(
    options,
    '01-sign-in.png',
    'Sign in',
    'On the options page one click on "Sign in with Zoom" and one on "Sign in with Webex" connect both accounts, and new meetings are set to take registrations.',
  );

  if (live) {
    // The real sites need a real account: open them and hand over to the person.
    for (const url of [
      'https://calendar.google.com/calendar/r',
      'https://outlook.office.com/calendar/view/week',
    ])
      await (await context.newPage()).goto(url);
  } else {
    // No internet needed: the replicas answer at the real addresses, so the real match patterns apply.
    await serveFixtureAt(context, GOOGLE, 'google-calendar.html');
    await serveFixtureAt(context, OUTLOOK, 'outlook.html');

    // ---- 2–3. Google Calendar: the event's editor, then "Add Zoom meeting".
    const google = await context.newPage();
    await openGoogleEditor(google, {
      title: 'Customer onboarding',
      start: '2027-03-10T10:00',
      end: '2027-03-10T11:00',
      timeZone: 'America/New_York',
      description: 'Agenda: a tour of the new dashboard, then questions.',
      guests: [
        { email: 'ada@example.com', name: 'Ada Lovelace' },
        { email: 'grace@example.com', name: 'Grace Hopper' },
      ],
    });
    await waitForButton(google, 'Add Zoom meeting');
    await step(
      google,
      '02-google-editor.png',
      'An event in Google Calendar',
      'The event editor shows the extension\'s "Add Zoom meeting" button beside the event\'s fields; location and conferencing are still empty.',
    );
    await pressButton(google, 'Add Zoom meeting');
    const googleMeeting = /\d+/.exec(await waitForText(google, 'status', /^Zoom meeting \d+/))![0];
    await waitForMeetingInEvent(google, googleMeeting);
    await step(
      google,
      '03-google-attached.png',
      'Add Zoom meeting in Google Calendar',
      `One click created a Zoom meeting at the event's time: the button shows it attached, the join link is the location and the invitation is added after the agenda.`,
    );

    // ---- 4. The registrants panel: the event's guests, registered in one click.
    await pressButton(google, 'Registrants');
    // The panel is an extension page in a frame inside the button's shadow root; frames are reachable.
    const frame = await panelFrame(google);
    await frame.getByRole('button', { name: /^Register the \d+ unregistered guests?$/ }).click();
    await frame.locator('tr[data-status="approved"]').nth(1).waitFor({ timeout: 20_000 });
    await step(
      google,
      '04-registrants-panel.png',
      'Register the guests from the calendar',
      "The meeting requires registration, so the Registrants panel lists the event's two guests; one click registered both and each row now says Approved.",
    );

    // ---- 5. Outlook: the "New event" dialog, then "Add Zoom meeting".
    const outlook = await context.newPage();
    await openOutlookDialog(outlook, {
      title: 'Design review',
      start: '2027-03-11T14:00',
      end: '2027-03-11T14:45',
      description: 'Walk through the new sign-in screens.',
    });
    await pressButton(outlook, 'Add Zoom meeting');
    const outlookMeeting = /\d+/.exec(await waitForText(outlook, 'status', /^Zoom meeting \d+/))![0];
    await waitForMeetingInEvent(outlook, outlookMeeting);
    await step(
      outlook,
      '05-outlook-attached.png',
      'Add Zoom meeting in Outlook',
      `In Outlook's new-event form the same button created a Zoom meeting: the location holds the join link and the body the invitation.`,
    );

    // ---- 6–7. The registrants page: 95 people pasted, previewed, registered.
    const registrants = await context.newPage();
    await registrants.goto(extensionUrl(browser, `registrants.html?meeting=${googleMeeting}`));
    const people = Array.from(
      { length: 95 },
      (_, i) => `Attendee ${String(i + 1).padStart(2, '0')} <attendee${i + 1}@example.org>`,
    );
    await registrants.getByLabel('People').fill(people.join('\n'));
    await registrants.getByRole('button', { name: 'Preview' }).click();
    await registrants.getByRole('heading', { name: /^Preview for/ }).waitFor({ timeout: 20_000 });
    await step(
      registrants,
      '06-registrants-preview.png',
      'Paste 95 people',
      'On the registrants page 95 pasted lines become a preview: who is new, who is already registered, and how many calls it will take, before anything is sent.',
    );
    const jobsBefore = await registrants.getByTestId('job').count();
    // Zoom answering in a second keeps the job on screen between its batches of 30, long enough to
    // photograph it after the first batch (the same picture every run).
    sandbox.setLatency(1000);
    await registrants.getByRole('button', { name: /^Register \d+ people$/ }).click();
    await registrants.waitForFunction(
      (before) => {
        const jobs = document.querySelectorAll('[data-testid="job"]');
        const counts = jobs[0]?.querySelector('[data-testid="job-counts"]')?.textContent ?? '';
        return jobs.length > before && /^30 registered\b/.test(counts);
      },
      jobsBefore,
      { timeout: 30_000 },
    );
    await step(
      registrants,
      '07-registrants-running.png',
      'The job runs',
      'The job started at once and sends the people to Zoom in batches of 30: its card shows the first batch registered and the rest to go, and the page may be closed meanwhile.',
    );
    sandbox.setLatency(0);
    // The newest job comes first, once it is listed; an earlier one (the panel's two guests) is done already.
    await registrants.waitForFunction(
      (before) => {
        const jobs = document.querySelectorAll('[data-testid="job"]');
        return jobs.length > before && jobs[0]!.getAttribute('data-state') === 'done';
      },
      jobsBefore,
      { timeout: 60_000 },
    );
    // The "Already registered" list reads the meeting again once the job ends: 2 guests + 95.
    await registrants.getByText(/^97 registrants$/).waitFor({ timeout: 10_000 });
    // The jobs at the top of the window: the list of 97 below would make the page a long strip.
    await registrants.setViewportSize({ width: 1280, height: 900 });
    await registrants.getByRole('heading', { name: 'Registration jobs' }).evaluate((heading) => {
      heading.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -16);
    });
    await step(
      registrants,
      '08-registrants-done.png',
      'Watch the job finish',
      'The job ran in the background in batches; its card reports the end (95 registered, none failed) and the list of registrants below now counts 97.',
      false,
    );

    // ---- 8. The popup: the meetings just made, with both accounts.
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 400, height: 600 });
    await popup.goto(extensionUrl(browser, 'popup.html'));
    await popup.getByText('Customer onboarding').first().waitFor({ timeout: 15_000 });
    await step(
      popup,
      '09-popup.png',
      'The meetings in the popup',
      'The toolbar popup lists the upcoming meetings of both accounts, among them the two created from the calendars.',
    );
  }
}
