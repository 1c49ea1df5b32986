import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { seriousViolations } from './axe';
import { EXTENSION_DIR, type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import { allowClipboard, invitationFromSandbox, readClipboard } from './popup-helpers';
import { connectThroughOptions, pointAtSandbox, startTestSandbox } from './sandbox-connection';

// A native context menu cannot be clicked from Playwright, and the build carries no test-only hook
// to fire one. So: the worker is asked which items exist (contextMenus.update rejects an unknown
// id), and each action's effect — the page it opens — is driven here; that the click opens that
// page is unit-tested (test/unit/menus/actions.test.ts).
describe('context-menu actions (sandbox)', () => {
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

  const itemExists = (id: string) =>
    browser.worker.evaluate(
      (menuId) =>
        chrome.contextMenus.update(menuId, {}).then(
          () => true,
          () => false,
        ),
      id,
    );

  it('registers the items on install; those needing registrants.html only in a build that has it', async () => {
    await expect.poll(() => itemExists('copy-invitation')).toBe(true);
    expect(await itemExists('schedule-meeting')).toBe(true);
    const built = existsSync(join(EXTENSION_DIR, 'registrants.html'));
    expect(await itemExists('register-to-meeting')).toBe(built);
    expect(await itemExists('manage-registrants')).toBe(built);
  });

  it('"Copy invitation" window copies the exact invitation of the linked meeting', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'invitation.html?meeting=81000000002'));
    await expect
      .poll(() => page.getByTestId('copy-status').textContent())
      .toBe('The invitation is on the clipboard.');
    const expected = await invitationFromSandbox(sandbox, '81000000002');
    expect(await readClipboard(page)).toBe(expected);
    expect(await page.getByTestId('invitation').textContent()).toBe(expected);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, 'menu-copy-invitation');
    await page.close();
  });

  it('says so when the linked meeting no longer exists', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'invitation.html?meeting=81000000099'));
    await expect
      .poll(() => page.getByTestId('error-notice').textContent())
      .toContain('This meeting no longer exists on Zoom.');
    await page.close();
  });

  it('"Schedule a Zoom meeting" creates the meeting and copies its invitation', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'schedule.html?topic=Roadmap%20planning'));
    expect(await page.getByLabel('Topic').inputValue()).toBe('Roadmap planning');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByLabel('Start').fill('2031-05-06T14:30');
    await page.getByLabel('Duration (minutes)').fill('45');
    await page.getByRole('button', { name: 'Schedule and copy invitation' }).click();
    await page.getByTestId('invitation').waitFor();

    const created = sandbox.state.meetings.find((m) => m.topic === 'Roadmap planning');
    expect(created).toMatchObject({ type: 2, duration: 45 });
    const expected = await invitationFromSandbox(sandbox, String(created!.id));
    expect(await page.getByTestId('invitation').textContent()).toBe(expected);
    await expect.poll(() => readClipboard(page)).toBe(expected);
    await screenshot(page, 'menu-schedule-meeting');
    await page.close();
  });
});
