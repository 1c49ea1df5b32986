import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { seriousViolations } from './axe';
import { type ExtensionBrowser, screenshot } from './harness';
import { startRecordingProxy } from './recording-proxy';
import {
  connectedBrowser,
  jobState,
  MEETING,
  openRegistrants,
  pasteAndPreview,
  peopleLines,
  preRegister,
  type Proxy,
  registrationsByEmail,
} from './registration-kit';
import { startTestSandbox } from './sandbox-connection';

describe('registering people from the registrants page (sandbox)', () => {
  let sandbox: Sandbox;
  let proxy: Proxy;
  let browser: ExtensionBrowser | undefined;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    proxy = await startRecordingProxy(sandbox.url);
  });
  afterAll(async () => {
    await proxy?.close();
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox.reset();
    proxy.clear();
  });
  afterEach(async () => {
    await browser?.close();
    browser = undefined;
  });

  it('95 guests, 10 already registered: a preview, then exactly 3 batch calls (30, 30, 25)', async () => {
    browser = await connectedBrowser(sandbox, proxy);
    const lines = peopleLines(95, 'guest');
    await preRegister(
      sandbox,
      MEETING.auto,
      lines.slice(0, 10).map((l) => /<(.*)>/.exec(l)![1]!),
    );
    const page = await openRegistrants(browser, `?meeting=${MEETING.auto}`);
    await pasteAndPreview(page, lines);
    expect(await page.getByTestId('count-new').textContent()).toBe('85');
    expect(await page.getByTestId('count-already').textContent()).toBe('10');
    expect(await page.getByTestId('count-calls').textContent()).toBe('3');
    await screenshot(page, 'registration-preview-95');
    expect(await seriousViolations(page)).toEqual([]);

    sandbox.clearRequests();
    proxy.clear();
    await page.getByRole('button', { name: 'Register 85 people' }).click();
    await expect.poll(() => jobState(page), { timeout: 30_000 }).toBe('done');
    // Batches go out several at a time, so they may reach the server in any order.
    expect(proxy.batchSizes().sort((a, b) => b - a)).toEqual([30, 30, 25]);
    // The run plans again (the event, the three status listings), then sends the batches; nothing else.
    const calls = sandbox
      .requests()
      .map(
        (r) => `${r.method} ${r.path}${r.path.endsWith('/registrants') ? r.query.replace(/&.*/, '') : ''}`,
      );
    const base = `/v2/meetings/${MEETING.auto}`;
    // After the last batch, the page's "already registered" list reads the registrants again.
    const run = calls.slice(0, calls.lastIndexOf(`POST ${base}/batch_registrants`) + 1);
    expect(calls.slice(run.length).every((c) => c.startsWith(`GET ${base}/registrants`))).toBe(true);
    const own = run.filter((c) => !c.startsWith('GET /v2/users/me'));
    // The three statuses are listed at once, so they may arrive in any order.
    expect([own[0], ...own.slice(1, 4).sort(), ...own.slice(4)]).toEqual([
      `GET ${base}`,
      `GET ${base}/registrants?status=approved`,
      `GET ${base}/registrants?status=denied`,
      `GET ${base}/registrants?status=pending`,
      `POST ${base}/batch_registrants`,
      `POST ${base}/batch_registrants`,
      `POST ${base}/batch_registrants`,
    ]);
    const counts = registrationsByEmail(sandbox, MEETING.auto);
    expect(lines.every((l) => counts.get(/<(.*)>/.exec(l)![1]!) === 1)).toBe(true);

    await page.getByRole('button', { name: 'Show results' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Join link' }).count()).toBe(95);
    await screenshot(page, 'registration-results-95');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('a meeting without registration: a clear sentence, and no registration call', async () => {
    browser = await connectedBrowser(sandbox, proxy);
    const page = await openRegistrants(browser, `?meeting=${MEETING.none}`);
    // The page's "already registered" section asks once on opening (and is told registration is
    // off); what is measured is the preview.
    await page.getByTestId('error-notice').waitFor();
    sandbox.clearRequests();
    await pasteAndPreview(page, peopleLines(5, 'nobody'));
    await expect
      .poll(() => page.getByTestId('refusal').textContent())
      .toMatch(/Registration is not turned on/);
    expect(await page.getByRole('button', { name: /^Register \d+ people$/ }).count()).toBe(0);
    const paths = sandbox.requests().map((r) => `${r.method} ${r.path}`);
    expect(paths.filter((p) => p.includes('registrants') || p.startsWith('POST'))).toEqual([]);
    await screenshot(page, 'registration-no-registration');
  });
});
