import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeWebexInvitation } from '../../lib/providers/webex/invitation';
import type { Sandbox } from '../sandbox/server';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import {
  chooseInRow,
  allowClipboard,
  invitationFromSandbox,
  meetingRow,
  openPopup,
  readClipboard,
  webexMeetingFromSandbox,
} from './popup-helpers';
import { connectThroughOptions, connectWebex, pointAtSandbox, startTestSandbox } from './sandbox-connection';

/** registrants.html comes with issue 7; the popup offers it only in a build that has it. */
const REGISTRANTS_PAGE_BUILT = existsSync(join(EXTENSION_DIR, 'registrants.html'));
/** Seeded Webex series (test/sandbox/webex-seed.json): a training with registration, a weekly sync. */
const WEBEX_TRAINING = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
const WEBEX_SYNC = '9c4d2b1a0f3e4d5c6b7a8f9e0d1c2b3a';

describe('the toolbar popup (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    await allowClipboard(browser);
    await (await connectThroughOptions(browser)).close();
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('lists the upcoming seeded meetings and webinars, soonest first, and caches them without start links', async () => {
    const popup = await openPopup(browser);
    const topics = await popup.getByTestId('meeting').locator('h3').allTextContents();
    expect(topics).toEqual([
      'All-hands (live now)',
      'Weekly team sync',
      'Product office hours (weekly)',
      'Customer onboarding training',
      'Partner briefing (manual approval)',
      "Release webinar: what's new",
      'Recurring webinar series',
    ]);
    const cache = await browser.worker.evaluate(() => chrome.storage.local.get('upcomingCache'));
    expect(JSON.stringify(cache)).toContain('Weekly team sync');
    expect(JSON.stringify(cache)).not.toMatch(/start_url|\/s\//);
    await screenshot(popup, 'popup-upcoming');
    await popup.close();
  });

  it('shows the cached list before Zoom answers', async () => {
    // Every call takes 5 s now (the cached list shows in a fraction of that): whatever the popup
    // shows came from its cache. Longer would only hold up the next test behind the calls in flight.
    await sandbox.setLatency(5_000);
    sandbox.clearRequests();
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(browser, 'popup.html'));
    await popup.getByTestId('upcoming-list').waitFor();
    await expect(popup.getByTestId('upcoming-list').textContent()).resolves.toContain('Weekly team sync');
    expect(sandbox.requests().filter((r) => r.path.endsWith('/meetings'))).toEqual([]);
    await popup.close();
    await sandbox.setLatency(0);
  });

  it('draws the rows of its last open before storage answers, then the caches’ rows in their place', async () => {
    // As above, nothing comes from Zoom in time: the rows are the picture's, then the caches'.
    await sandbox.setLatency(5_000);
    const before = await browser.context.newPage();
    await before.goto(extensionUrl(browser, 'popup.html'));
    await before.getByTestId('upcoming-list').waitFor();
    // The picture kept by an earlier open no longer matches the caches: that meeting has gone.
    const gone = { provider: 'zoom', id: '81999999999', kind: 'meeting', topic: 'Moved elsewhere' };
    await before.evaluate(
      (row) =>
        localStorage.setItem(
          'popupFirstScreen',
          JSON.stringify([{ ...row, joinUrl: 'https://zoom.us/j/1' }]),
        ),
      gone,
    );
    await before.close();

    const popup = await browser.context.newPage();
    // What happened first: a meeting row on the page, or storage's answer. Strings: tsx's __name.
    await popup.addInitScript(`
      window.__order = [];
      const local = chrome.storage.local, get = local.get.bind(local);
      local.get = (...args) => get(...args).then((value) => { window.__order.push('storage'); return value; });
      new MutationObserver(() => {
        if (document.querySelector('[data-testid="meeting"]') && !window.__order.includes('row')) window.__order.push('row');
      }).observe(document, { childList: true, subtree: true });
    `);
    await popup.goto(extensionUrl(browser, 'popup.html'));
    const topics = () => popup.getByTestId('meeting').locator('h3').allTextContents();
    await expect.poll(topics).toContain('Weekly team sync');
    expect(await topics()).not.toContain(gone.topic);
    expect(new Set(await topics()).size).toBe((await topics()).length);
    expect(((await popup.evaluate('window.__order')) as string[])[0]).toBe('row');
    await popup.close();
    await sandbox.setLatency(0);
  });

  it('copies the invitation exactly as Zoom gives it', async () => {
    const popup = await openPopup(browser);
    await chooseInRow(meetingRow(popup, '81000000001'), 'Copy invitation');
    await meetingRow(popup, '81000000001').getByText('Invitation copied.').waitFor();
    expect(await readClipboard(popup)).toBe(await invitationFromSandbox(sandbox, '81000000001'));
    await chooseInRow(meetingRow(popup, '81000000001'), 'Copy join link');
    await expect.poll(() => readClipboard(popup)).toMatch(/\/j\/81000000001/);
    await popup.close();
  });

  it('starts a meeting in a new tab from a link fetched on click', async () => {
    const popup = await openPopup(browser);
    const tab = browser.context.waitForEvent('page');
    await meetingRow(popup, '81000000001').getByRole('button', { name: 'Start' }).click();
    const started = await tab;
    await expect.poll(() => started.url()).toContain('81000000001');
    await started.close();
    await popup.close();
  });

  /** Opens a row's registrants, waits for its counts, and follows "Manage registrants" to `page`. */
  async function checkRegistrants(row: Locator, counts: string, page: string) {
    await chooseInRow(row, 'Registrants');
    await expect.poll(() => row.getByTestId('registrant-counts').textContent()).toContain(counts);
    const manage = row.getByRole('button', { name: 'Manage registrants' });
    if (!REGISTRANTS_PAGE_BUILT) return expect(await manage.count()).toBe(0);
    const tab = browser.context.waitForEvent('page');
    await manage.click();
    const opened = await tab;
    expect(opened.url()).toBe(extensionUrl(browser, page));
    await opened.close();
  }

  it('shows registrant counts, and opens the registrants page when the build has it', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, '81000000003');
    await checkRegistrants(
      row,
      '1 registered, 2 awaiting approval',
      'registrants.html?provider=zoom&meeting=81000000003',
    );
    await popup.close();
  });

  it('edits, starts and stops the live stream of the running meeting', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, '81000000006');
    await chooseInRow(row, 'Live stream');
    await expect.poll(() => row.getByTestId('stream-key').textContent()).toBe('••••••••');
    await row.getByRole('button', { name: 'Reveal' }).click();
    expect(await row.getByTestId('stream-key').textContent()).toBe('sandbox-stream-key-0001');

    await row.getByRole('button', { name: 'Edit live stream' }).click();
    const form = row.getByTestId('livestream-form');
    await form.getByLabel('Live stream page URL').fill('javascript:alert(1)');
    await form.getByRole('button', { name: 'Save' }).click();
    await form.getByText("Enter the page's address, starting with https://.").waitFor();
    await form.getByLabel('Live stream page URL').fill('https://live.sandbox.example/town-hall');
    await form.getByLabel('Resolution').selectOption('1080p');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => row.getByTestId('page-url').textContent())
      .toBe('https://live.sandbox.example/town-hall');
    const stream = () => sandbox.state.meetings.find((m) => m.id === 81000000006)!.livestream;
    expect(stream()).toMatchObject({
      page_url: 'https://live.sandbox.example/town-hall',
      resolution: '1080p',
    });

    await row.getByLabel('Layout').selectOption('gallery_view');
    await row.getByLabel('Display name of the stream').fill('Town hall');
    await row.getByLabel('Captions').selectOption('off');
    expect(await row.getByRole('button', { name: 'Stop stream' }).count()).toBe(0);
    await row.getByRole('button', { name: 'Start stream' }).click();
    await expect.poll(() => stream().status).toBe('started');
    expect(stream()).toMatchObject({
      display_name: 'Town hall',
      layout: 'gallery_view',
      close_caption: 'off',
    });
    await expect
      .poll(() => row.getByTestId('livestream-state').textContent())
      .toMatch(/stream started from here/);
    await screenshot(popup, 'popup-livestream-started');
    // Only the action that applies: a running stream offers Stop alone.
    expect(await row.getByRole('button', { name: 'Start stream' }).count()).toBe(0);

    await row.getByRole('button', { name: 'Stop stream' }).click();
    await expect.poll(() => stream().status).toBe('stopped');
    await expect
      .poll(() => row.getByTestId('livestream-state').textContent())
      .toMatch(/stream stopped from here/);
    await popup.close();
  });

  it('renders a summary whose Markdown holds <script> and <img onerror> as text', async () => {
    const popup = await openPopup(browser);
    let dialogs = 0;
    popup.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    await popup.getByRole('tab', { name: 'Summaries' }).click();
    await popup.getByRole('button', { name: 'Design review' }).click();
    const summary = popup.getByTestId('summary');
    await summary.getByRole('heading', { name: 'Meeting summary for Design review' }).waitFor();
    expect(await summary.textContent()).toContain('<img src=x onerror="alert(1)"> <script>alert(2)</script>');
    expect(await summary.locator('img, script').count()).toBe(0);
    expect(await summary.locator('code').first().textContent()).toBe('settings');
    expect(dialogs).toBe(0);
    await screenshot(popup, 'popup-summary-xss-as-text');

    await summary.getByRole('button', { name: 'Back' }).click();
    await popup.getByRole('button', { name: 'Quarterly review (finished)' }).click();
    const link = popup.getByRole('link', { name: 'support dashboard' });
    expect(await link.getAttribute('href')).toBe('https://support.sandbox.example/dash');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    await popup.close();
  });
  // From here on the Webex account is connected beside the Zoom one.
  it('lists the Webex meetings beside Zoom’s, soonest first, each marked with its provider', async () => {
    await connectWebex(browser, sandbox);
    const popup = await openPopup(browser);
    const training = meetingRow(popup, WEBEX_TRAINING);
    await training.waitFor();
    const rows = popup.getByTestId('meeting');
    const listed = await rows.evaluateAll((items) =>
      items.map((li) => [
        li.getAttribute('data-provider'),
        li.querySelector('[data-testid="provider"]')?.textContent,
        li.querySelector('h3')?.textContent,
      ]),
    );
    expect(listed.filter(([provider]) => provider === 'webex')).toEqual([
      ['webex', 'Webex', 'Webex weekly sync'],
      ['webex', 'Webex', 'Webex partner training'],
    ]);
    expect(listed.filter(([provider]) => provider === 'zoom').map(([, label]) => label)).toEqual(
      Array(7).fill('Zoom'),
    );
    // One list, not two blocks: the rows' start times (both providers) never go back.
    const starts = await rows
      .locator('time')
      .evaluateAll((times) => times.map((time) => Date.parse(time.getAttribute('datetime')!)));
    expect(starts.length).toBeGreaterThanOrEqual(9);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));

    expect(await training.getByRole('link', { name: 'Join' }).getAttribute('href')).toBe(
      `${sandbox.url}/webex/j/26512345678`,
    );
    expect(await training.getByRole('button', { name: 'Start' }).count()).toBe(0);
    await meetingRow(popup, WEBEX_SYNC).getByRole('button', { name: 'More' }).click();
    expect(
      await meetingRow(popup, WEBEX_SYNC).getByRole('menuitem', { name: 'Copy invitation' }).count(),
    ).toBe(1);
    await popup.keyboard.press('Escape');
    const cache = JSON.stringify(
      await browser.worker.evaluate(() => chrome.storage.local.get('webexUpcomingCache')),
    );
    expect(cache).toContain('Webex partner training');
    expect(cache).not.toContain('Train42');
    await screenshot(popup, 'popup-upcoming-zoom-and-webex');
    await popup.close();
  });

  it('copies the invitation composed from the Webex meeting', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, WEBEX_TRAINING);
    await chooseInRow(row, 'Copy invitation');
    await row.getByText('Invitation copied.').waitFor();
    const expected = composeWebexInvitation(await webexMeetingFromSandbox(sandbox, WEBEX_TRAINING));
    expect(expected).toContain('Webex partner training');
    expect(expected).toContain('Password: Train42');
    expect(await readClipboard(popup)).toBe(expected);
    await popup.close();
  });

  it('shows a Webex meeting’s registrant counts, no live stream, and its registrants page by provider', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, WEBEX_TRAINING);
    await checkRegistrants(
      row,
      '2 registered, 2 awaiting approval',
      `registrants.html?provider=webex&meeting=${WEBEX_TRAINING}`,
    );
    expect(await row.getByTestId('livestream').count()).toBe(0);
    await popup.close();
  });

  it('lists Webex alone once Zoom is disconnected, and says summaries need a Zoom account', async () => {
    const popup = await openPopup(browser);
    await popup.evaluate(() => chrome.runtime.sendMessage({ type: 'auth.signOut', payload: {} }));
    await popup.reload();
    await popup.getByTestId('upcoming-list').waitFor();
    await expect
      .poll(() =>
        popup.getByTestId('meeting').evaluateAll((li) => li.map((e) => e.getAttribute('data-provider'))),
      )
      .toEqual(['webex', 'webex']);
    await popup.getByRole('tab', { name: 'Summaries' }).click();
    expect(await popup.getByTestId('summaries-need-zoom').textContent()).toContain('need a Zoom account');
    await popup.close();
  });
});
