import type { Locator, Page } from 'playwright-core';
import { MeetingSchema, type WebexMeeting } from '../../lib/providers/webex/schemas';
import type { Sandbox } from '../sandbox/server';
import { type ExtensionBrowser, extensionUrl } from './harness';

/** Zoom's invitation text for a meeting, read from the sandbox's own endpoint, to compare against. */
export async function invitationFromSandbox(sandbox: Sandbox, id: string): Promise<string> {
  const { access_token } = sandbox.issueTokens();
  const response = await fetch(`${sandbox.url}/v2/meetings/${id}/invitation`, {
    headers: { Authorization: `Bearer ${access_token}` },
  });
  return ((await response.json()) as { invitation: string }).invitation;
}

/** Lets extension pages read the clipboard back (writing is the manifest's clipboardWrite). */
export async function allowClipboard(browser: ExtensionBrowser): Promise<void> {
  // Chromium refuses a grant naming a chrome-extension:// origin; a context-wide grant covers it.
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

export const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());

export async function openPopup(browser: ExtensionBrowser): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, 'popup.html'));
  await page.getByTestId('upcoming-list').waitFor();
  return page;
}

export const meetingRow = (page: Page, id: string) => page.locator(`[data-meeting-id="${id}"]`);

/** Opens a row's "More" menu and chooses `name` in it. */
export async function chooseInRow(row: Locator, name: string): Promise<void> {
  await row.getByRole('button', { name: 'More' }).click();
  await row.getByRole('menuitem', { name }).click();
}

/** A Webex meeting series as the sandbox's API gives it, to compose the expected invitation from. */
export async function webexMeetingFromSandbox(sandbox: Sandbox, id: string): Promise<WebexMeeting> {
  const { access_token } = sandbox.webex.issueTokens();
  const response = await fetch(`${sandbox.webex.base}/meetings/${id}`, {
    headers: { Authorization: `Bearer ${access_token}` },
  });
  return MeetingSchema.parse(await response.json());
}
