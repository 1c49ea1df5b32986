import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import { allowClipboard, invitationFromSandbox, meetingRow, openPopup, readClipboard } from './popup-helpers';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

/** registrants.html comes with issue 7; the popup offers it only in a build that has it. */
const REGISTRANTS_PAGE_BUILT = existsSync(join(EXTENSION_DIR, 'registrants.html'));

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
    // Zoom takes 20 s per call now: whatever the popup shows came from its cache.
    await sandbox.setLatency(20_000);
    sandbox.clearRequests();
    const popup = await browser.context.newPage();
    await popup.goto(extensionUrl(browser, 'popup.html'));
    await popup.getByTestId('upcoming-list').waitFor();
    await expect(popup.getByTestId('upcoming-list').textContent()).resolves.toContain('Weekly team sync');
    expect(sandbox.requests().filter((r) => r.path.endsWith('/meetings'))).toEqual([]);
    await popup.close();
    await sandbox.setLatency(0);
  });

  it('copies the invitation exactly as Zoom gives it', async () => {
    const popup = await openPopup(browser);
    await meetingRow(popup, '81000000001').getByRole('button', { name: 'Copy invitation' }).click();
    await meetingRow(popup, '81000000001').getByRole('button', { name: 'Copied' }).waitFor();
    expect(await readClipboard(popup)).toBe(await invitationFromSandbox(sandbox, '81000000001'));
    await meetingRow(popup, '81000000001').getByRole('button', { name: 'Copy join link' }).click();
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

  it('shows registrant counts, and opens the registrants page when the build has it', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, '81000000003');
    await row.getByRole('button', { name: 'Details' }).click();
    await expect
      .poll(() => row.getByTestId('registrant-counts').textContent())
      .toContain('1 registered, 2 awaiting approval');
    const manage = row.getByRole('button', { name: 'Manage registrants' });
    if (!REGISTRANTS_PAGE_BUILT) {
      expect(await manage.count()).toBe(0);
    } else {
      const tab = browser.context.waitForEvent('page');
      await manage.click();
      expect((await tab).url()).toBe(extensionUrl(browser, 'registrants.html?meeting=81000000003'));
    }
    await popup.close();
  });

  it('edits, starts and stops the live stream of the running meeting', async () => {
    const popup = await openPopup(browser);
    const row = meetingRow(popup, '81000000006');
    await row.getByRole('button', { name: 'Details' }).click();
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
});
