import type { CDPSession } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Sandbox } from '../sandbox/server';
import { type ExtensionBrowser, launchExtension, screenshot } from './harness';
import { type ProxiedCall, startRecordingProxy } from './recording-proxy';
import {
  connectedBrowser,
  jobState,
  MEETING,
  openRegistrants,
  pasteAndPreview,
  peopleLines,
  type Proxy,
  registrationsByEmail,
  storedJobs,
} from './registration-kit';
import { startTestSandbox } from './sandbox-connection';

const DAY_MS = 86_400_000;
const isBatch = (call: ProxiedCall) => call.method === 'POST' && call.path.endsWith('/batch_registrants');
const emailOf = (line: string) => /<(.*)>/.exec(line)![1]!;

/**
 * Interruptions at an exact point of a run: the proxy holds the Nth batch call while the test stops
 * the worker or closes the browser, then lets the call reach the sandbox. Zoom registers those people
 * and nobody hears the answer: the chunk is left "in flight", the hardest case for recovery.
 */
describe('registration jobs survive interruptions (sandbox)', () => {
  let sandbox: Sandbox;
  let proxy: Proxy;
  let browser: ExtensionBrowser | undefined;
  let onBatch: ((index: number) => Promise<void>) | undefined;

  beforeAll(async () => {
    sandbox = await startTestSandbox();
    let batches = 0;
    proxy = await startRecordingProxy(sandbox.url, async (call) => {
      if (isBatch(call)) await onBatch?.(batches++);
    });
    proxy.clear = ((clear) => () => {
      batches = 0;
      clear();
    })(proxy.clear);
  });
  afterAll(async () => {
    await proxy?.close();
    await sandbox?.close();
  });
  beforeEach(() => {
    sandbox.reset();
    proxy.clear();
    onBatch = undefined;
  });
  afterEach(async () => {
    await browser?.close().catch(() => undefined);
    browser = undefined;
  });

  function expectEveryoneOnce(lines: string[]) {
    const counts = registrationsByEmail(sandbox, MEETING.auto);
    const wrong = lines.map(emailOf).filter((e) => counts.get(e) !== 1);
    expect(wrong).toEqual([]);
    // Nobody was sent twice either: the batches carried each new person once.
    expect(proxy.batchSizes().reduce((a, b) => a + b, 0)).toBe(lines.length);
  }

  it('a service worker stopped mid-run: the job resumes and registers everyone exactly once', async () => {
    browser = await connectedBrowser(sandbox, proxy);
    const lines = peopleLines(300, 'sw');
    const page = await openRegistrants(browser, `?meeting=${MEETING.auto}`);
    await pasteAndPreview(page, lines);
    const cdp: CDPSession = await browser.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    let stopped = false;
    onBatch = async (index) => {
      if (index !== 3) return;
      await cdp.send('ServiceWorker.stopAllWorkers');
      stopped = true;
    };
    sandbox.setLatency(200);
    await page.getByRole('button', { name: 'Register 300 people' }).click();
    // The open page asks for progress every few seconds; asking is what starts the worker again.
    await expect.poll(() => jobState(page), { timeout: 45_000, interval: 500 }).toBe('done');
    expect(stopped).toBe(true);
    expectEveryoneOnce(lines);
    await screenshot(page, 'registration-after-worker-stop');
  });

  it('a browser closed mid-run and reopened: the job finishes with nobody missing or twice', async () => {
    browser = await connectedBrowser(sandbox, proxy);
    const profile = browser.userDataDir;
    const lines = peopleLines(300, 'restart');
    const page = await openRegistrants(browser, `?meeting=${MEETING.auto}`);
    await pasteAndPreview(page, lines);
    let closed: Promise<void> | undefined;
    onBatch = async (index) => {
      if (index === 3) await (closed = browser!.close({ keepProfile: true }));
    };
    sandbox.setLatency(200);
    await page.getByRole('button', { name: 'Register 300 people' }).click();
    await expect.poll(() => closed !== undefined, { timeout: 30_000 }).toBe(true);
    await closed;
    onBatch = undefined;

    // No page is opened: the browser's start wakes the worker, and the worker takes the job up.
    browser = await launchExtension({ userDataDir: profile });
    await expect
      .poll(async () => (await storedJobs(browser!))[0]?.state, { timeout: 45_000, interval: 500 })
      .toBe('done');
    expectEveryoneOnce(lines);
  });

  it('a 4,999-person CSV to a webinar, the browser closed halfway and reopened: nobody missing or twice', async () => {
    const WEBINAR = '92000000001';
    // The webinar starts empty, so 4,999 new people fit Zoom's per-webinar capacity exactly.
    sandbox.state.webinars.find((w) => String(w.id) === WEBINAR)!.registrants.length = 0;
    browser = await connectedBrowser(sandbox, proxy);
    const profile = browser.userDataDir;
    const emails = Array.from({ length: 4999 }, (_, i) => `attendee${i}@example.org`);
    const csv = ['Email,First Name,Last Name', ...emails.map((e, i) => `${e},Attendee,Number ${i}`)].join(
      '\n',
    );
    const page = await openRegistrants(browser, `?webinar=${WEBINAR}`);
    await page
      .getByLabel('Or upload a CSV file (with a header row)')
      .setInputFiles({ name: 'attendees.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByRole('button', { name: 'Preview' }).click();
    await page.getByRole('heading', { name: /^Preview for/ }).waitFor({ timeout: 20_000 });
    let closed: Promise<void> | undefined;
    // 167 batches of at most 30: the browser goes away while the 84th is on its way to Zoom.
    onBatch = async (index) => {
      if (index === 83) await (closed = browser!.close({ keepProfile: true }));
    };
    await page.getByRole('button', { name: 'Register 4999 people' }).click();
    await expect.poll(() => closed !== undefined, { timeout: 60_000 }).toBe(true);
    await closed;
    onBatch = undefined;

    browser = await launchExtension({ userDataDir: profile });
    await expect
      .poll(async () => (await storedJobs(browser!))[0]?.state, { timeout: 90_000, interval: 1000 })
      .toBe('done');
    const counts = new Map<string, number>();
    for (const r of sandbox.state.webinars.find((w) => String(w.id) === WEBINAR)!.registrants)
      counts.set(r.email.toLowerCase(), (counts.get(r.email.toLowerCase()) ?? 0) + 1);
    expect(emails.filter((e) => counts.get(e) !== 1)).toEqual([]);
    expect(counts.size).toBe(4999);
    expect(proxy.batchSizes().every((size) => size <= 30)).toBe(true);
    expect(proxy.batchSizes().reduce((a, b) => a + b, 0)).toBe(4999);
  }, 240_000);

  it('a daily limit pauses the job until 00:00 GMT at Zoom, then it goes on by itself', async () => {
    browser = await connectedBrowser(sandbox, proxy);
    const lines = peopleLines(60, 'daily');
    const page = await openRegistrants(browser, `?meeting=${MEETING.auto}`);
    await pasteAndPreview(page, lines);
    const midnight = Math.ceil((sandbox.clock.now() + 60_000) / DAY_MS) * DAY_MS;
    onBatch = async (index) => {
      if (index !== 0) return;
      // Two seconds before Zoom's midnight, the account's daily limit is reached.
      sandbox.clock.set(midnight - 2000);
      sandbox.force429(1, 'daily');
    };
    const waiting = page.waitForSelector('[data-testid="job"][data-state="waiting"]', { timeout: 20_000 });
    await page.getByRole('button', { name: 'Register 60 people' }).click();
    await waiting;
    await screenshot(page, 'registration-waiting-daily-limit');
    await expect.poll(() => jobState(page), { timeout: 40_000, interval: 250 }).toBe('done');

    const batches = sandbox.requests().filter((r) => r.path.endsWith('/batch_registrants'));
    // (A 401 may come first: the clock's jump outlived the access token, which is refreshed.)
    expect(batches.map((b) => b.status).filter((s) => s !== 401)).toEqual([429, 201, 201]);
    // The batches that went through did so after 00:00 GMT on the sandbox's clock.
    const sent = batches.filter((b) => b.status === 201);
    expect(sent.every((b) => Date.parse(b.time) >= midnight)).toBe(true);
    expect(registrationsByEmail(sandbox, MEETING.auto).size).toBe(4 + 60);
  });
});
