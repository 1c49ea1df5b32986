import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { type ExtensionBrowser, extensionUrl, launchExtension } from './harness';
import type { startRecordingProxy } from './recording-proxy';
import { connectThroughOptions, SANDBOX_CLIENT_ID } from './sandbox-connection';

export type Proxy = Awaited<ReturnType<typeof startRecordingProxy>>;

export const MEETING = { auto: '81000000002', manual: '81000000003', none: '81000000001' } as const;

/** `n` people as pasted lines, `Name <address>`. */
export const peopleLines = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `Person ${prefix}${i} <${prefix}${i}@example.org>`);

/** A fresh browser pointed at the sandbox through the recording proxy, and signed in. */
export async function connectedBrowser(sandbox: Sandbox, proxy: Proxy, userDataDir?: string) {
  const browser = await launchExtension(userDataDir ? { userDataDir } : {});
  if (!userDataDir) {
    const zoom = {
      preset: 'custom',
      oauthBase: sandbox.url,
      apiBase: `${proxy.url}/v2`,
      clientId: SANDBOX_CLIENT_ID,
    };
    await browser.worker.evaluate(async (value) => {
      await chrome.storage.local.set({ settings: { zoom: value } });
    }, zoom);
    (await connectThroughOptions(browser)).close();
  }
  return browser;
}

/** Registers people straight at the sandbox (not through the extension): "already registered". */
export async function preRegister(sandbox: Sandbox, meetingId: string, emails: string[]) {
  const token = sandbox.issueTokens().access_token;
  const response = await fetch(`${sandbox.url}/v2/meetings/${meetingId}/batch_registrants`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ registrants: emails.map((email) => ({ email, first_name: 'Pre' })) }),
  });
  expect(response.status).toBe(201);
}

/** Every registration the sandbox holds for the meeting, by address: 1 each means exactly once. */
export function registrationsByEmail(sandbox: Sandbox, meetingId: string): Map<string, number> {
  const session = sandbox.state.meetings.find((m) => String(m.id) === meetingId)!;
  const counts = new Map<string, number>();
  for (const r of session.registrants)
    counts.set(r.email.toLowerCase(), (counts.get(r.email.toLowerCase()) ?? 0) + 1);
  return counts;
}

export async function openRegistrants(browser: ExtensionBrowser, query: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(extensionUrl(browser, `registrants.html${query}`));
  return page;
}

/** Pastes the lines and asks for the preview; resolves when the preview (or an alert) is shown. */
export async function pasteAndPreview(page: Page, lines: string[]) {
  await page.getByLabel('People').fill(lines.join('\n'));
  await page.getByRole('button', { name: 'Preview' }).click();
  await page.getByRole('heading', { name: /^Preview for/ }).waitFor({ timeout: 20_000 });
}

/** The newest job's state as its card shows it (`data-state`). */
export const jobState = (page: Page) => page.getByTestId('job').first().getAttribute('data-state');

/** The jobs as stored by the background, read from the worker (works with no page open). */
export async function storedJobs(browser: ExtensionBrowser) {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  // Each job's header is under its own key, listed by the index (lib/registration/job-store.ts).
  return worker.evaluate(async () => {
    const { registrationJobIndex } = await chrome.storage.local.get('registrationJobIndex');
    const ids = (registrationJobIndex ?? []) as string[];
    const headers = await chrome.storage.local.get(ids.map((id) => `registrationJob:${id}`));
    return ids.map((id) => headers[`registrationJob:${id}`]) as {
      id: string;
      state: string;
      counts: Record<string, number>;
    }[];
  });
}
