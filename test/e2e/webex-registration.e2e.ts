import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { seriousViolations } from './axe';
import { type ExtensionBrowser, extensionUrl, launchExtension, screenshot } from './harness';
import { jobState, pasteAndPreview, peopleLines } from './registration-kit';
import { connectThroughOptions, connectWebex, pointAtSandbox, startTestSandbox } from './sandbox-connection';

// Registration with Webex through the same registrants page as Zoom: both accounts connected, the
// Webex meeting chosen from the merged list, 95 guests with some already registered sent as
// bulkInsert calls of at most 30, and a pending registrant approved from the list.

/** Seed ids (test/sandbox/webex-seed.json): a meeting with manual approval, and its pending Grace. */
const TRAINING = '5b1e0a8c9d2f4e6a8b0c1d2e3f405162';
const GRACE = 'grace@customer.example';

const emailOf = (line: string) => /<(.*)>/.exec(line)![1]!;

/** Registers people straight at the sandbox's Webex (not through the extension). */
async function preRegisterWebex(sandbox: Sandbox, emails: string[]) {
  const token = sandbox.webex.issueTokens().access_token;
  const response = await fetch(`${sandbox.webex.base}/meetings/${TRAINING}/registrants/bulkInsert`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ items: emails.map((email) => ({ email, firstName: 'Pre', lastName: 'Reg' })) }),
  });
  expect(response.status).toBe(200);
}

const registrationsOf = (sandbox: Sandbox) =>
  sandbox.webex.state.meetings.find((m) => m.id === TRAINING)!.registrants;

describe('registering people to a Webex meeting (sandbox)', () => {
  let sandbox: Sandbox;
  let browser: ExtensionBrowser;
  let page: Page;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    browser = await launchExtension();
    await pointAtSandbox(browser, sandbox);
    // Both accounts, as a host with Zoom and Webex would have them.
    (await connectThroughOptions(browser)).close();
    await connectWebex(browser, sandbox);
  });
  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
  });

  it('offers the Webex meeting beside the Zoom ones, and registers 95 guests (10 already there) in 3 bulkInserts', async () => {
    const lines = peopleLines(95, 'wxguest');
    await preRegisterWebex(sandbox, lines.slice(0, 10).map(emailOf));
    page = await browser.context.newPage();
    await page.goto(extensionUrl(browser, 'registrants.html'));
    const picker = page.getByLabel('Meeting or webinar');
    await expect
      .poll(() => picker.locator('option').allTextContents(), { timeout: 20_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/^Webex partner training · Webex Meeting/)]));
    // Zoom's targets are in the same list.
    expect((await picker.locator('option').allTextContents()).some((o) => / · Zoom Webinar/.test(o))).toBe(
      true,
    );
    await picker.selectOption(`webex:meeting:${TRAINING}`);

    await pasteAndPreview(page, lines);
    expect(await page.getByTestId('count-new').textContent()).toBe('85');
    expect(await page.getByTestId('count-already').textContent()).toBe('10');
    expect(await page.getByTestId('count-calls').textContent()).toBe('3');
    await screenshot(page, 'webex-registration-preview-95');

    sandbox.clearRequests();
    await page.getByRole('button', { name: 'Register 85 people' }).click();
    await expect.poll(() => jobState(page), { timeout: 30_000 }).toBe('done');
    const inserts = sandbox
      .requests()
      .filter((r) => r.method === 'POST' && r.path.endsWith(`/meetings/${TRAINING}/registrants/bulkInsert`));
    expect(inserts).toHaveLength(3);
    // Zoom was not asked to register anyone.
    expect(sandbox.requests().filter((r) => r.path.startsWith('/v2/') && r.method === 'POST')).toEqual([]);
    // Everyone on the list is registered exactly once: the 10 from before, the 85 just now.
    const counts = new Map<string, number>();
    for (const r of registrationsOf(sandbox)) counts.set(r.email, (counts.get(r.email) ?? 0) + 1);
    for (const line of lines) expect(counts.get(emailOf(line)), emailOf(line)).toBe(1);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('approves a pending Webex registrant from the list', async () => {
    const grace = page.getByRole('row').filter({ hasText: GRACE });
    await expect.poll(() => grace.getAttribute('data-status'), { timeout: 20_000 }).toBe('pending');
    await page.getByLabel(`Select ${GRACE}`).check();
    sandbox.clearRequests();
    await page.getByRole('button', { name: 'Approve', exact: true }).click();
    await page.getByText('1 registrants updated.').waitFor();
    expect(registrationsOf(sandbox).find((r) => r.email === GRACE)?.status).toBe('approved');
    expect(sandbox.requests().filter((r) => r.path.endsWith('/registrants/approve'))).toHaveLength(1);
    await expect.poll(() => grace.getAttribute('data-status')).toBe('approved');
    await screenshot(page, 'webex-registrants-approved');
  });
});
